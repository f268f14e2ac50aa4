package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.CLINIC;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Commands.schedule;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ErasePersonalData;
import io.mesorecords.api.patient.RecordConsent;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record answers only the users of its own clinic; to anyone else it does not exist. */
class ClinicIsolationTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void aUserOfAnotherClinicIsToldTheRecordDoesNotExist() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(
                                new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW),
                                Map.of(RecordMetadata.ACTOR_CLINICS, "clinic-elsewhere")),
                Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void theRefusalReadsExactlyAsForAnUnknownPatient() {
        fixture.given(aScreenedPatient().events())
                .when(
                        new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW),
                        Map.of(RecordMetadata.ACTOR_CLINICS, "clinic-elsewhere"))
                .expectExceptionMessage(ClinicMembership.NO_SUCH_PATIENT);
    }

    @Test
    void entitiesOfTheRecordAreGuardedToo() {
        refusedWith(
                fixture.given(aPatientWithACourse().events())
                        .when(
                                schedule(FIRST_SESSION, NEXT_MONDAY_10),
                                Map.of(RecordMetadata.ACTOR_CLINICS, "clinic-elsewhere,other")),
                Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void evenAnAdministratorOfAnotherClinicCannotEraseIt() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(
                                new ErasePersonalData(PATIENT, true, "court order"),
                                Map.of(
                                        RecordMetadata.ACTOR_CLINICS,
                                        "clinic-elsewhere",
                                        RecordMetadata.ROLE,
                                        "ADMINISTRATOR")),
                Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void aCommandThatNamesNoClinicsIsRefused() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(
                                new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW),
                                Map.of(RecordMetadata.ACTOR_CLINICS, "")),
                Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void aMemberOfOneOfSeveralClinicsRecordsAndTheEventCarriesTheRecordsClinic() {
        fixture.given(aScreenedPatient().events())
                .when(
                        new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW),
                        Map.of(RecordMetadata.ACTOR_CLINICS, "a-clinic," + CLINIC.value() + ",z-clinic"))
                .expectEvents(new ConsentRecorded(PATIENT, ConsentScope.PHOTOGRAPHS, NOW))
                .expectEventsMatching(new org.hamcrest.TypeSafeMatcher<java.util.List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(java.util.List<? super EventMessage<?>> events) {
                        EventMessage<?> event = (EventMessage<?>) events.get(0);
                        assertThat(event.getMetaData()).containsEntry(RecordMetadata.CLINIC_ID, CLINIC.value());
                        return true;
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("an event carrying the record's clinic");
                    }
                });
    }
}
