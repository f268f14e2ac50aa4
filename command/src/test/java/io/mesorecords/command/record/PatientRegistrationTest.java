package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.CLAIRE;
import static io.mesorecords.command.record.fixtures.Clinic.CLAIRE_BORN;
import static io.mesorecords.command.record.fixtures.Clinic.CLAIRE_CONTACT;
import static io.mesorecords.command.record.fixtures.Clinic.CLINIC;
import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.TODAY;
import static io.mesorecords.command.record.fixtures.Clinic.recordedNow;
import static io.mesorecords.command.record.fixtures.Commands.registerClaireBornOn;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.PatientRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientRegistrationTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void registersAPatientAtAClinicAndAnswersWithTheRecordId() {
        fixture.givenNoPriorActivity()
                .when(registerClaireBornOn(CLAIRE_BORN), recordedNow())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PatientRegistered(PATIENT, CLINIC, CLAIRE, CLAIRE_BORN, Sex.FEMALE, CLAIRE_CONTACT))
                .expectResultMessagePayload(PATIENT);
    }

    @Test
    void registersAPatientBornToday() {
        fixture.givenNoPriorActivity()
                .when(registerClaireBornOn(TODAY), recordedNow())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterAPatientBornInTheFuture() {
        refusedWith(
                fixture.givenNoPriorActivity().when(registerClaireBornOn(TODAY.plusDays(1)), recordedNow()),
                Rejection.PATIENT_DATE_OF_BIRTH_IN_FUTURE);
    }

    @Test
    void cannotRegisterAPatientOlderThan120() {
        refusedWith(
                fixture.givenNoPriorActivity().when(registerClaireBornOn(TODAY.minusYears(121)), recordedNow()),
                Rejection.PATIENT_AGE_OVER_120);
    }

    @Test
    void registersAPatientAged120() {
        fixture.givenNoPriorActivity()
                .when(registerClaireBornOn(TODAY.minusYears(121).plusDays(1)), recordedNow())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void judgesTheBirthDateOnTheMessageClockWhenNoRecordingTimeTravelsWithTheCommand() {
        refusedWith(
                fixture.givenCurrentTime(NOW).when(registerClaireBornOn(TODAY.plusDays(1))),
                Rejection.PATIENT_DATE_OF_BIRTH_IN_FUTURE);
        fixture.givenCurrentTime(NOW.plusSeconds(2 * 86_400))
                .when(registerClaireBornOn(TODAY.plusDays(1)))
                .expectSuccessfulHandlerExecution();
    }
}
