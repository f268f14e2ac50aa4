package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SCREENING;
import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.SECOND_SCREENING;
import static io.mesorecords.command.record.fixtures.Clinic.TODAY;
import static io.mesorecords.command.record.fixtures.Clinic.recordedNow;
import static io.mesorecords.command.record.fixtures.Commands.screenOn;
import static io.mesorecords.command.record.fixtures.PatientHistory.aRegisteredPatient;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.api.patient.RecordMedicalHistory;
import io.mesorecords.api.patient.WithdrawConsent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreeningAndConsentTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void recordsAScreeningAndAnswersWithTheNewVersion() {
        RecordMedicalHistory screening = screenOn(FIRST_SCREENING, TODAY);
        fixture.given(aRegisteredPatient().events())
                .when(screening, recordedNow())
                .expectEvents(new MedicalHistoryRecorded(
                        PATIENT,
                        FIRST_SCREENING,
                        TODAY,
                        false,
                        false,
                        screening.allergies(),
                        screening.activeInfections(),
                        "none",
                        "none",
                        Scale.FITZPATRICK.score(3),
                        Scale.GLOGAU.score(2),
                        "fresher look",
                        "cleanser, SPF 50"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotRecordAScreeningDatedInTheFuture() {
        refusedWith(
                fixture.given(aRegisteredPatient().events())
                        .when(screenOn(FIRST_SCREENING, TODAY.plusDays(1)), recordedNow()),
                Rejection.SCREENING_DATE_IN_FUTURE);
    }

    @Test
    void cannotRecordAFitzpatrickTypeOnAnotherScale() {
        RecordMedicalHistory s = screenOn(FIRST_SCREENING, TODAY);
        RecordMedicalHistory wrongScale = new RecordMedicalHistory(
                PATIENT,
                s.screeningId(),
                s.screenedOn(),
                false,
                false,
                s.allergies(),
                s.activeInfections(),
                s.conditions(),
                s.medications(),
                Scale.GLOGAU.score(2),
                s.glogau(),
                s.goals(),
                s.skinRoutine());
        refusedWith(
                fixture.given(aRegisteredPatient().events()).when(wrongScale, recordedNow()),
                Rejection.ASSESSMENT_WRONG_SCALE);
    }

    @Test
    void cannotRecordAGlogauClassOutsideTheScale() {
        RecordMedicalHistory s = screenOn(FIRST_SCREENING, TODAY);
        RecordMedicalHistory outside = new RecordMedicalHistory(
                PATIENT,
                s.screeningId(),
                s.screenedOn(),
                false,
                false,
                s.allergies(),
                s.activeInfections(),
                s.conditions(),
                s.medications(),
                s.fitzpatrick(),
                Scale.GLOGAU.score(5),
                s.goals(),
                s.skinRoutine());
        refusedWith(
                fixture.given(aRegisteredPatient().events()).when(outside, recordedNow()),
                Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE);
    }

    @Test
    void recordsAnotherScreeningLater() {
        fixture.given(aScreenedPatient().events())
                .when(screenOn(SECOND_SCREENING, TODAY), recordedNow())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void recordsConsentToPhotographs() {
        fixture.given(aRegisteredPatient().events())
                .when(new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW))
                .expectEvents(new ConsentRecorded(PATIENT, ConsentScope.PHOTOGRAPHS, NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void withdrawsAConsentGivenEarlier() {
        fixture.given(aScreenedPatient().events())
                .when(new WithdrawConsent(PATIENT, ConsentScope.TREATMENT, NOW))
                .expectEvents(new ConsentWithdrawn(PATIENT, ConsentScope.TREATMENT, NOW));
    }

    @Test
    void cannotWithdrawAConsentNeverGiven() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(new WithdrawConsent(PATIENT, ConsentScope.ANALYTICS, NOW)),
                Rejection.CONSENT_NOT_GIVEN);
    }

    @Test
    void cannotWithdrawAConsentAlreadyWithdrawn() {
        refusedWith(
                fixture.given(aScreenedPatient().withdrewTreatmentConsent().events())
                        .when(new WithdrawConsent(PATIENT, ConsentScope.TREATMENT, NOW)),
                Rejection.CONSENT_NOT_GIVEN);
    }
}
