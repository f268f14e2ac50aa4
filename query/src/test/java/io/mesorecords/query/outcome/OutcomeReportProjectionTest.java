package io.mesorecords.query.outcome;

import static io.mesorecords.query.outcome.Patient.aPatient;
import static io.mesorecords.query.outcome.Patient.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Given a patient's events, then the de-identified read model. */
@SpringBootTest(classes = OutcomeTestConfiguration.class)
class OutcomeReportProjectionTest {

    @Autowired
    GivenEvents events;

    @Autowired
    DataSource dataSource;

    JdbcClient jdbc;

    final Patient patient = aPatient();
    final CourseId course = CourseId.random();
    final SessionId first = SessionId.random();
    final SessionId second = SessionId.random();

    @BeforeEach
    void startEmpty() {
        events.reset();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPlannedCourseCarriesItsDimensionsDerivedAtPlanning() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1985, 1, 10)),
                patient.consentsToAnalytics(),
                patient.screened(ScreeningId.random(), LocalDate.of(2024, 6, 1), 2, 1),
                patient.screened(ScreeningId.random(), LocalDate.of(2024, 12, 1), 3, 2),
                patient.plans(
                        course,
                        LocalDate.of(2025, 1, 10),
                        Technique.MESO_PEN,
                        java.util.Set.of(Indication.FINE_WRINKLES, Indication.PHOTOAGEING),
                        Patient.HYDRA,
                        Patient.REVITAL),
                patient.screened(ScreeningId.random(), LocalDate.of(2025, 3, 1), 5, 4));

        assertThat(course())
                .containsEntry("CLINIC_ID", "clinic-south")
                .containsEntry("TECHNIQUE", "MESO_PEN")
                // Born 1985-01-10 and planned on the 40th birthday.
                .containsEntry("AGE_BAND", 40)
                // The screening in force at planning, not the one after it.
                .containsEntry("FITZPATRICK", 3)
                .containsEntry("GLOGAU", 2)
                .containsEntry("PLANNED_MONTH", "2025-01")
                .containsEntry("PLANNED_QUARTER", "2025-Q1")
                .containsEntry("PLANNED_YEAR", "2025")
                .containsEntry("STATUS", "PLANNED")
                // The sets the report filters on, as the bridge tables below hold them.
                .containsEntry("INDICATIONS", "|FINE_WRINKLES|PHOTOAGEING|")
                .containsEntry("INGREDIENTS", "|ELASTIN|HYALURONIC_ACID|VITAMIN_C|");
        assertThat(values("outcome_course_indication", "indication")).containsExactly("FINE_WRINKLES", "PHOTOAGEING");
        assertThat(values("outcome_course_product", "product")).containsExactly("Hydra Boost", "Revital");
        assertThat(values("outcome_course_ingredient", "ingredient"))
                .containsExactly("ELASTIN", "HYALURONIC_ACID", "VITAMIN_C");
    }

    @Test
    void sessionsReactionsAndAssessmentsBecomeCourseMetricInputs() {
        ReactionId redness = ReactionId.random();
        ReactionId swelling = ReactionId.random();
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.assessed(course, TimePoint.baseline(), Scale.WSRS, "4"),
                patient.assessed(course, TimePoint.baseline(), Scale.HYDRATION, "40"),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")),
                patient.performed(course, second, "dr-boyd", at("2025-02-10T10:00:00Z")),
                patient.reacted(course, first, redness, ReactionType.ERYTHEMA, 1, at("2025-02-03T11:00:00Z")),
                patient.reacted(course, first, swelling, ReactionType.OEDEMA, 2, at("2025-02-03T11:00:00Z")),
                patient.resolved(redness, at("2025-02-04T11:00:00Z")),
                patient.resolved(swelling, at("2025-02-06T11:00:00Z")),
                patient.assessed(course, TimePoint.afterSession(2), Scale.WSRS, "3"),
                patient.assessed(course, TimePoint.followUpWeeks(4), Scale.WSRS, "2"),
                patient.assessed(course, TimePoint.afterSession(2), Scale.HYDRATION, "50"),
                patient.completed(course, 2, 5));

        assertThat(course())
                .containsEntry("STATUS", "COMPLETED")
                .containsEntry("FINAL_GAIS", 2)
                .containsEntry("SATISFACTION", 5)
                .containsEntry("PERFORMED_SESSIONS", 2)
                .containsEntry("SESSIONS_WITH_REACTION", 1)
                .containsEntry("REACTIONS", 2)
                // Redness lasted 24 h, swelling 72 h.
                .containsEntry("REACTIONS_WITHIN_48H", 1);
        assertThat(decimal("WSRS_BASELINE")).isEqualTo(4.0);
        // The last assessment is the latest time point: the follow-up.
        assertThat(decimal("WSRS_LAST")).isEqualTo(2.0);
        assertThat(decimal("HYDRATION_LAST")).isEqualTo(50.0);
        assertThat(values("outcome_course_practitioner", "practitioner_id")).containsExactly("dr-ames", "dr-boyd");
    }

    @Test
    void aDiscontinuedCourseKeepsItsReason() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.LASER, java.util.Set.of(), Patient.HYDRA),
                patient.discontinued(course, DiscontinuationReason.LOST_TO_FOLLOW_UP));

        assertThat(course())
                .containsEntry("STATUS", "DISCONTINUED")
                .containsEntry("DISCONTINUATION_REASON", "LOST_TO_FOLLOW_UP");
    }

    @Test
    void aPatientWhoNeverConsentedToAnalyticsLeavesNoTrace() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToTreatment(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")));

        assertThat(count("outcome_patient")).isZero();
        assertThat(count("outcome_course")).isZero();
        assertThat(count("outcome_session")).isZero();
    }

    @Test
    void consentGivenAfterTreatmentBringsInThePatientsEarlierRecord() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")),
                patient.consentsToAnalytics());

        assertThat(course()).containsEntry("PERFORMED_SESSIONS", 1).containsEntry("AGE_BAND", 30);
    }

    @Test
    void withdrawingAnalyticsConsentRemovesThePatientsPastData() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")),
                patient.reacted(
                        course, first, ReactionId.random(), ReactionType.ITCHING, 1, at("2025-02-03T12:00:00Z")),
                patient.withdrawsAnalytics(),
                patient.performed(course, second, "dr-ames", at("2025-02-10T10:00:00Z")));

        for (String table : List.of(
                "outcome_patient",
                "outcome_course",
                "outcome_course_product",
                "outcome_course_ingredient",
                "outcome_course_practitioner",
                "outcome_session",
                "outcome_reaction")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void consentGivenAgainAfterWithdrawalRebuildsTheWholeRecord() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")),
                patient.withdrawsAnalytics(),
                patient.performed(course, second, "dr-ames", at("2025-02-10T10:00:00Z")),
                patient.consentsToAnalytics());

        assertThat(course()).containsEntry("PERFORMED_SESSIONS", 2);
    }

    @Test
    void aCorrectedIndicationSetMovesTheCourseToItsNewIndicationGroups() {
        givenAPlannedCourse(Set.of(Indication.FINE_WRINKLES, Indication.PHOTOAGEING));

        events.given(patient.corrected(
                EntryType.COURSE, course.asString(), Map.of("indications", "DEHYDRATED_OR_DULL_SKIN, FINE_WRINKLES")));

        assertThat(values("outcome_course_indication", "indication"))
                .containsExactly("DEHYDRATED_OR_DULL_SKIN", "FINE_WRINKLES");
        assertThat(values("outcome_course", "indications")).containsExactly("|DEHYDRATED_OR_DULL_SKIN|FINE_WRINKLES|");
    }

    @Test
    void anIndicationCorrectionNamingAnUnknownIndicationKeepsThePlannedOnes() {
        givenAPlannedCourse(Set.of(Indication.FINE_WRINKLES, Indication.PHOTOAGEING));

        events.given(patient.corrected(EntryType.COURSE, course.asString(), Map.of("indications", "ACNE,SUNBURN")));

        assertThat(values("outcome_course_indication", "indication")).containsExactly("FINE_WRINKLES", "PHOTOAGEING");
        assertThat(values("outcome_course", "indications")).containsExactly("|FINE_WRINKLES|PHOTOAGEING|");
    }

    @Test
    void anIndicationCorrectionRecordedBeforeAnalyticsConsentCountsWhenThePatientIsBroughtIn() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.plans(
                        course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, Set.of(Indication.ACNE), Patient.HYDRA),
                patient.corrected(EntryType.COURSE, course.asString(), Map.of("indications", "ACNE_SCARS")),
                patient.consentsToAnalytics());

        assertThat(values("outcome_course_indication", "indication")).containsExactly("ACNE_SCARS");
        assertThat(values("outcome_course", "indications")).containsExactly("|ACNE_SCARS|");
    }

    @Test
    void aRaterCorrectedToClinicianBringsTheScoreIntoTheClinicianMetricsAndBackOut() {
        AssessmentId followUp = AssessmentId.random();
        givenAPlannedCourse(Set.of());
        events.given(
                patient.assessed(
                        course,
                        AssessmentId.random(),
                        TimePoint.baseline(),
                        Scale.WSRS,
                        "4",
                        Rater.CLINICIAN,
                        at("2025-02-01T10:00:00Z")),
                patient.assessed(
                        course,
                        AssessmentId.random(),
                        TimePoint.afterSession(2),
                        Scale.WSRS,
                        "3",
                        Rater.CLINICIAN,
                        at("2025-02-10T10:00:00Z")),
                patient.assessed(
                        course,
                        followUp,
                        TimePoint.followUpWeeks(4),
                        Scale.WSRS,
                        "2",
                        Rater.PATIENT,
                        at("2025-03-10T10:00:00Z")));
        // The patient's own follow-up rating does not count.
        assertThat(decimal("WSRS_LAST")).isEqualTo(3.0);

        events.given(patient.corrected(EntryType.ASSESSMENT, followUp.asString(), Map.of("rater", "CLINICIAN")));
        assertThat(decimal("WSRS_LAST")).isEqualTo(2.0);

        events.given(patient.corrected(EntryType.ASSESSMENT, followUp.asString(), Map.of("rater", "PATIENT")));
        assertThat(decimal("WSRS_LAST")).isEqualTo(3.0);
    }

    @Test
    void aRaterCorrectedToPatientTakesTheBaselineOutOfTheClinicianMetrics() {
        AssessmentId baseline = AssessmentId.random();
        givenAPlannedCourse(Set.of());
        events.given(patient.assessed(
                course,
                baseline,
                TimePoint.baseline(),
                Scale.HYDRATION,
                "40",
                Rater.CLINICIAN,
                at("2025-02-01T10:00:00Z")));
        assertThat(decimal("HYDRATION_BASELINE")).isEqualTo(40.0);

        events.given(patient.corrected(EntryType.ASSESSMENT, baseline.asString(), Map.of("rater", "PATIENT")));

        assertThat(course()).doesNotContainKey("HYDRATION_BASELINE");
    }

    @Test
    void aCorrectedAssessmentTimeDecidesWhichOfTwoAssessmentsAtTheSameTimePointIsTheLast() {
        AssessmentId morning = AssessmentId.random();
        givenAPlannedCourse(Set.of());
        events.given(
                patient.assessed(
                        course,
                        morning,
                        TimePoint.afterSession(2),
                        Scale.WSRS,
                        "3",
                        Rater.CLINICIAN,
                        at("2025-02-10T09:00:00Z")),
                patient.assessed(
                        course,
                        AssessmentId.random(),
                        TimePoint.afterSession(2),
                        Scale.WSRS,
                        "2",
                        Rater.CLINICIAN,
                        at("2025-02-10T11:00:00Z")));
        assertThat(decimal("WSRS_LAST")).isEqualTo(2.0);

        events.given(patient.corrected(
                EntryType.ASSESSMENT, morning.asString(), Map.of("assessedAt", "2025-02-10T12:00:00Z")));

        assertThat(decimal("WSRS_LAST")).isEqualTo(3.0);
    }

    @Test
    void correctionsOfNamesNotesAndScreeningTextLeaveTheReadModelAsItWas() {
        ScreeningId screening = ScreeningId.random();
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.screened(screening, LocalDate.of(2025, 1, 5), 3, 2),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, Set.of(), Patient.HYDRA),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")));
        Map<String, Object> before = course();

        events.given(
                patient.corrected(EntryType.PATIENT, patient.id.asString(), Map.of("familyName", "Quarington")),
                patient.corrected(EntryType.SCREENING, screening.asString(), Map.of("goals", "even skin tone")),
                patient.corrected(EntryType.SESSION, first.asString(), Map.of("durationMinutes", "40")));

        assertThat(course()).isEqualTo(before);
    }

    private void givenAPlannedCourse(Set<Indication> indications) {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, indications, Patient.HYDRA));
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        ReactionId reaction = ReactionId.random();
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA),
                patient.assessed(course, TimePoint.baseline(), Scale.WSRS, "4"),
                patient.performed(course, first, "dr-ames", at("2025-02-03T10:00:00Z")),
                patient.reacted(course, first, reaction, ReactionType.PAIN, 1, at("2025-02-03T12:00:00Z")),
                patient.resolved(reaction, at("2025-02-04T12:00:00Z")),
                patient.completed(course, 3, 4));
        Map<String, Object> before = course();

        events.redeliverLast(7);

        assertThat(course()).isEqualTo(before);
        assertThat(count("outcome_session")).isEqualTo(1);
        assertThat(count("outcome_reaction")).isEqualTo(1);
        assertThat(count("outcome_assessment")).isEqualTo(1);
        assertThat(count("outcome_course_product")).isEqualTo(1);
    }

    @Test
    void theResetHandlerEmptiesTheReadModelForARebuild() {
        events.given(
                patient.registered("clinic-south", LocalDate.of(1990, 5, 5)),
                patient.consentsToAnalytics(),
                patient.plans(course, LocalDate.of(2025, 2, 1), Technique.MESO_PEN, java.util.Set.of(), Patient.HYDRA));

        events.reset();

        assertThat(count("outcome_patient")).isZero();
        assertThat(count("outcome_course")).isZero();
        assertThat(count("outcome_course_product")).isZero();
    }

    private Map<String, Object> course() {
        return jdbc.sql("SELECT * FROM outcome_course").query().singleRow().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().toUpperCase(),
                        e -> e.getValue() instanceof Short s ? Integer.valueOf(s) : e.getValue()));
    }

    private double decimal(String column) {
        return ((Number) course().get(column)).doubleValue();
    }

    private List<String> values(String table, String column) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " ORDER BY " + column)
                .query(String.class)
                .list();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
