package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SCREENING;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.REDNESS;
import static io.mesorecords.command.record.fixtures.Clinic.recordedAt;
import static io.mesorecords.command.record.fixtures.Clinic.recordedNow;
import static io.mesorecords.command.record.fixtures.Commands.aCoursePlan;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.PatientHistory.aRegisteredPatient;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.CorrectEntry;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.ErasePersonalData;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.patient.RecordConsent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrectionAndErasureTest {

    private static final EntryReference THE_SCREENING =
            new EntryReference(EntryType.SCREENING, FIRST_SCREENING.toString());
    /** The day the first session of the story was performed. */
    private static final LocalDate TREATED_ON = LocalDate.of(2025, 6, 9);

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void correctsTheMedicationsOfAScreening() {
        Map<String, String> values = Map.of("medications", "isotretinoin stopped in 2024");
        fixture.given(aScreenedPatient().events())
                .when(new CorrectEntry(PATIENT, THE_SCREENING, values, "typo in the medication"))
                .expectEvents(new EntryCorrected(PATIENT, THE_SCREENING, values, "typo in the medication"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void correctsThePatientsNameByThePatientId() {
        EntryReference patient = new EntryReference(EntryType.PATIENT, PATIENT.toString());
        fixture.given(aRegisteredPatient().events())
                .when(new CorrectEntry(PATIENT, patient, Map.of("familyName", "Dubois-Martin"), "married name"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void correctsTheNotesOfAReaction() {
        EntryReference reaction = new EntryReference(EntryType.REACTION, REDNESS.toString());
        fixture.given(aPatientWithACourse()
                        .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                        .withReaction(REDNESS, FIRST_SESSION, NEXT_MONDAY_10.plusSeconds(600))
                        .events())
                .when(new CorrectEntry(PATIENT, reaction, Map.of("notes", "left cheek only"), "precision"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotCorrectWithoutAReason() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(new CorrectEntry(PATIENT, THE_SCREENING, Map.of("goals", "glow"), "  ")),
                Rejection.CORRECTION_REASON_MISSING);
    }

    @Test
    void cannotCorrectAnEntryThatDoesNotExist() {
        EntryReference session = new EntryReference(EntryType.SESSION, FIRST_SESSION.toString());
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(new CorrectEntry(PATIENT, session, Map.of("notes", "x"), "typo")),
                Rejection.CORRECTION_ENTRY_NOT_FOUND);
    }

    @Test
    void cannotCorrectAwayAPregnancy() {
        refusedWith(
                fixture.given(aScreenedPatient().pregnant().events())
                        .when(new CorrectEntry(PATIENT, THE_SCREENING, Map.of("pregnant", "false"), "mistake")),
                Rejection.CORRECTION_FIELD_NOT_CORRECTABLE);
    }

    @Test
    void aCorrectionLeavesTheSafetyStateAsItWas() {
        fixture.given(aScreenedPatient()
                        .pregnant()
                        .with(new EntryCorrected(PATIENT, THE_SCREENING, Map.of("goals", "glow"), "typo"))
                        .events())
                .when(aCoursePlan().build())
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void erasesPersonalDataTenYearsAfterTheLastTreatment() {
        Instant tenYearsLater = Instant.parse("2035-06-09T08:00:00Z");
        fixture.given(aPatientWithACourse()
                        .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(new ErasePersonalData(PATIENT, false, null), recordedAt(tenYearsLater))
                .expectEvents(new PersonalDataErased(PATIENT, TREATED_ON.plusYears(10), false, null));
    }

    @Test
    void cannotErasePersonalDataBeforeTheRetentionPeriodIsOver() {
        Instant aDayEarly = Instant.parse("2035-06-08T08:00:00Z");
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(new ErasePersonalData(PATIENT, false, null), recordedAt(aDayEarly)),
                Rejection.ERASURE_RETENTION_NOT_OVER);
    }

    @Test
    void countsTheRetentionFromRegistrationWhenThePatientWasNeverTreated() {
        fixture.givenCurrentTime(NOW)
                .andGiven(aRegisteredPatient().events())
                .when(new ErasePersonalData(PATIENT, false, null), recordedAt(Instant.parse("2035-06-02T08:00:00Z")))
                .expectEvents(new PersonalDataErased(PATIENT, LocalDate.of(2035, 6, 2), false, null));
    }

    @Test
    void anAdministratorErasesEarlyWithAReason() {
        fixture.given(aPatientWithACourse()
                        .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(new ErasePersonalData(PATIENT, true, "court order 2025-117"), administratorNow())
                .expectEvents(new PersonalDataErased(PATIENT, TREATED_ON.plusYears(10), true, "court order 2025-117"));
    }

    @Test
    void onlyAnAdministratorMayOverrideTheRetentionPeriod() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(new ErasePersonalData(PATIENT, true, "court order 2025-117"), recordedNow()),
                Rejection.ERASURE_OVERRIDE_NOT_PERMITTED);
    }

    private static Map<String, Object> administratorNow() {
        return Map.of(RecordMetadata.RECORDED_AT, NOW.toString(), RecordMetadata.ROLE, "ADMINISTRATOR");
    }

    @Test
    void cannotOverrideTheRetentionPeriodWithoutAReason() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(new ErasePersonalData(PATIENT, true, " "), recordedNow()),
                Rejection.ERASURE_OVERRIDE_REASON_MISSING);
    }

    @Test
    void anErasedRecordTakesNoMoreEntries() {
        refusedWith(
                fixture.given(aScreenedPatient().erased().events())
                        .when(new RecordConsent(PATIENT, ConsentScope.ANALYTICS, NOW)),
                Rejection.PATIENT_ERASED);
    }

    @Test
    void anErasedRecordCannotBeErasedAgain() {
        refusedWith(
                fixture.given(aScreenedPatient().erased().events())
                        .when(new ErasePersonalData(PATIENT, true, "again"), recordedNow()),
                Rejection.PATIENT_ERASED);
    }
}
