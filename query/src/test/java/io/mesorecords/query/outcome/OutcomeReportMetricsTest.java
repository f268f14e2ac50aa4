package io.mesorecords.query.outcome;

import static io.mesorecords.query.outcome.Patient.aPatient;
import static io.mesorecords.query.outcome.Patient.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.OutcomeGroup;
import io.mesorecords.api.outcome.OutcomeMetrics;
import io.mesorecords.api.outcome.OutcomeReport;
import io.mesorecords.api.outcome.PeriodGranularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report on a small cohort whose every number was worked out by hand (see the comments). Cells are allowed down to
 * one patient here; suppression has its own test.
 */
@SpringBootTest(classes = OutcomeTestConfiguration.class)
class OutcomeReportMetricsTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Autowired
    GivenEvents events;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    OutcomeReportQueryHandler report;

    @BeforeEach
    void givenTheCohort() {
        events.reset();
        report = new OutcomeReportQueryHandler(
                new OutcomeReportRepository(
                        JdbcClient.create(dataSource), OutcomeReportConfiguration.isPostgres(dataSource)),
                1,
                new TransactionTemplate(transactions));
        Patient p1 = aPatient();
        Patient p2 = aPatient();
        Patient p3 = aPatient();
        Patient p4 = aPatient();
        Patient p7 = aPatient();
        CourseId a = CourseId.random();
        CourseId b = CourseId.random();
        CourseId c = CourseId.random();
        CourseId d = CourseId.random();
        CourseId e = CourseId.random();
        CourseId h = CourseId.random();
        SessionId s1 = SessionId.random();
        SessionId s2 = SessionId.random();
        SessionId s3 = SessionId.random();
        SessionId s4 = SessionId.random();
        SessionId s5 = SessionId.random();
        SessionId s6 = SessionId.random();
        SessionId s7 = SessionId.random();
        SessionId s8 = SessionId.random();
        ReactionId r1 = ReactionId.random();
        ReactionId r2 = ReactionId.random();
        ReactionId r3 = ReactionId.random();
        ReactionId r4 = ReactionId.random();
        // P1, 39 at planning, MESO_PEN course A of two products (Hydra Boost and Revital): 3 sessions, reactions on S1
        // (erythema g1 24 h, oedema g2 72 h) and
        // S3 (erythema g1, unresolved); WSRS 4 -> 2, hydration 40 -> 50 (+25 %), elasticity 0.5 -> 0.6 (+20 %);
        // completed with GAIS 2, satisfaction 5.
        events.given(
                p1.registered("clinic-north", LocalDate.of(1985, 6, 15)),
                p1.consentsToAnalytics(),
                p1.screened(ScreeningId.random(), LocalDate.of(2024, 12, 1), 3, 2),
                p1.plans(
                        a,
                        LocalDate.of(2025, 1, 10),
                        Technique.MESO_PEN,
                        Set.of(Indication.FINE_WRINKLES),
                        Patient.HYDRA,
                        Patient.REVITAL),
                p1.assessed(a, TimePoint.baseline(), Scale.WSRS, "4"),
                p1.assessed(a, TimePoint.baseline(), Scale.HYDRATION, "40"),
                p1.assessed(a, TimePoint.baseline(), Scale.ELASTICITY_R2, "0.5"),
                p1.performed(a, s1, "dr-ames", at("2025-01-13T10:00:00Z")),
                p1.reacted(a, s1, r1, ReactionType.ERYTHEMA, 1, at("2025-01-13T11:00:00Z")),
                p1.reacted(a, s1, r2, ReactionType.OEDEMA, 2, at("2025-01-13T11:00:00Z")),
                p1.resolved(r1, at("2025-01-14T11:00:00Z")),
                p1.resolved(r2, at("2025-01-16T11:00:00Z")),
                p1.performed(a, s2, "dr-ames", at("2025-01-20T10:00:00Z")),
                p1.performed(a, s3, "dr-boyd", at("2025-01-27T10:00:00Z")),
                p1.reacted(a, s3, r3, ReactionType.ERYTHEMA, 1, at("2025-01-27T12:00:00Z")),
                p1.assessed(a, TimePoint.afterSession(3), Scale.WSRS, "2"),
                p1.assessed(a, TimePoint.afterSession(3), Scale.HYDRATION, "50"),
                p1.assessed(a, TimePoint.afterSession(3), Scale.ELASTICITY_R2, "0.6"),
                p1.completed(a, 2, 5));
        // P2, MESO_PEN course B for acne scars: 2 sessions, haematoma g2 on S4 resolved in 12 h; WSRS 3 -> 3,
        // hydration 30 -> 27 (-10 %); completed with GAIS 4, satisfaction 3. Course C: 1 session, discontinued for an
        // adverse reaction.
        events.given(
                p2.registered("clinic-north", LocalDate.of(1970, 3, 1)),
                p2.consentsToAnalytics(),
                p2.plans(
                        b,
                        LocalDate.of(2025, 2, 20),
                        Technique.MESO_PEN,
                        Set.of(Indication.ACNE_SCARS),
                        Patient.REVITAL),
                p2.assessed(b, TimePoint.baseline(), Scale.WSRS, "3"),
                p2.assessed(b, TimePoint.baseline(), Scale.HYDRATION, "30"),
                p2.performed(b, s4, "dr-ames", at("2025-02-21T10:00:00Z")),
                p2.reacted(b, s4, r4, ReactionType.HAEMATOMA, 2, at("2025-02-21T10:30:00Z")),
                p2.resolved(r4, at("2025-02-21T22:30:00Z")),
                p2.performed(b, s5, "dr-ames", at("2025-02-28T10:00:00Z")),
                p2.assessed(b, TimePoint.followUpWeeks(4), Scale.WSRS, "3"),
                p2.assessed(b, TimePoint.followUpWeeks(4), Scale.HYDRATION, "27"),
                p2.completed(b, 4, 3),
                p2.plans(c, LocalDate.of(2025, 4, 5), Technique.MESO_PEN, Set.of(), Patient.REVITAL),
                p2.performed(c, s6, "dr-boyd", at("2025-04-07T10:00:00Z")),
                p2.discontinued(c, DiscontinuationReason.ADVERSE_REACTION));
        // P7, MESO_PEN course H: 1 session, no reaction, completed without a clinician GAIS, satisfaction 4.
        events.given(
                p7.registered("clinic-south", LocalDate.of(1990, 7, 1)),
                p7.consentsToAnalytics(),
                p7.plans(h, LocalDate.of(2025, 5, 1), Technique.MESO_PEN, Set.of(), Patient.HYDRA),
                p7.performed(h, s8, "dr-ames", at("2025-05-02T10:00:00Z")),
                p7.completed(h, null, 4));
        // P3, MANUAL_NEEDLE course D: 1 session, discontinued by the patient. P4, MANUAL_NEEDLE course E: planned only.
        events.given(
                p3.registered("clinic-south", LocalDate.of(2000, 1, 1)),
                p3.consentsToAnalytics(),
                p3.plans(d, LocalDate.of(2025, 3, 1), Technique.MANUAL_NEEDLE, Set.of(), Patient.HYDRA),
                p3.performed(d, s7, "dr-cole", at("2025-03-03T10:00:00Z")),
                p3.discontinued(d, DiscontinuationReason.PATIENT_DECISION),
                p4.registered("clinic-south", LocalDate.of(2001, 1, 1)),
                p4.consentsToAnalytics(),
                p4.plans(e, LocalDate.of(2025, 3, 15), Technique.MANUAL_NEEDLE, Set.of(), Patient.HYDRA));
        // P5 never consented to analytics; P6 consented and withdrew. Neither may count anywhere.
        for (Patient outsider : List.of(aPatient(), aPatient())) {
            CourseId course = CourseId.random();
            SessionId session = SessionId.random();
            events.given(
                    outsider.registered("clinic-north", LocalDate.of(1980, 1, 1)),
                    outsider.consentsToAnalytics(),
                    outsider.plans(course, LocalDate.of(2025, 1, 5), Technique.MESO_PEN, Set.of(), Patient.HYDRA),
                    outsider.performed(course, session, "dr-ames", at("2025-01-06T10:00:00Z")),
                    outsider.reacted(
                            course, session, ReactionId.random(), ReactionType.NODULES, 3, at("2025-01-06T12:00:00Z")),
                    outsider.withdrawsAnalytics());
        }
    }

    @Test
    void everyMetricOfTheMesoPenGroupMatchesTheHandCount() {
        OutcomeMetrics m = group(byTechnique(), "MESO_PEN");

        // Courses A, B, C, H of P1, P2, P7.
        assertThat(m.patients()).isEqualTo(3);
        assertThat(m.coursesPlanned()).isEqualTo(4);
        assertThat(m.coursesCompleted()).isEqualTo(3);
        assertThat(m.coursesDiscontinued()).isEqualTo(1);
        assertThat(m.discontinuedByReason())
                .containsEntry(DiscontinuationReason.ADVERSE_REACTION, 1L)
                .containsEntry(DiscontinuationReason.PATIENT_DECISION, 0L);
        // 3 / (3 + 1)
        assertThat(m.completionRate()).isCloseTo(0.75, EXACT);
        // Completed courses had 3, 2 and 1 sessions.
        assertThat(m.meanSessionsPerCompletedCourse()).isCloseTo(2.0, EXACT);
        assertThat(m.medianSessionsPerCompletedCourse()).isCloseTo(2.0, EXACT);
        // 3 + 2 + 1 + 1 sessions; S1, S3 and S4 had a reaction.
        assertThat(m.sessionsPerformed()).isEqualTo(7);
        assertThat(m.sessionsWithReaction()).isEqualTo(3);
        assertThat(m.reactionIncidencePerSession()).isCloseTo(3.0 / 7, EXACT);
        assertThat(m.reactionIncidenceByType())
                .containsOnlyKeys(ReactionType.ERYTHEMA, ReactionType.OEDEMA, ReactionType.HAEMATOMA);
        assertThat(m.reactionIncidenceByType().get(ReactionType.ERYTHEMA)).isCloseTo(2.0 / 7, EXACT);
        assertThat(m.reactionIncidenceByType().get(ReactionType.OEDEMA)).isCloseTo(1.0 / 7, EXACT);
        assertThat(m.reactionIncidenceByType().get(ReactionType.HAEMATOMA)).isCloseTo(1.0 / 7, EXACT);
        // Grade 1 on S1 and S3; grade 2 on S1 and S4.
        assertThat(m.reactionIncidenceByGrade()).containsOnlyKeys(1, 2);
        assertThat(m.reactionIncidenceByGrade().get(1)).isCloseTo(2.0 / 7, EXACT);
        assertThat(m.reactionIncidenceByGrade().get(2)).isCloseTo(2.0 / 7, EXACT);
        // P1 and P2 reacted, P7 did not.
        assertThat(m.patientsTreated()).isEqualTo(3);
        assertThat(m.patientsWithReaction()).isEqualTo(2);
        assertThat(m.patientsWithReactionRate()).isCloseTo(2.0 / 3, EXACT);
        // 24 h, 72 h, 12 h and one unresolved: 2 of 4 within 48 h; median of 12, 24, 72 is 24.
        assertThat(m.reactions()).isEqualTo(4);
        assertThat(m.reactionsResolvedWithin48hShare()).isCloseTo(0.5, EXACT);
        assertThat(m.medianReactionDurationHours()).isCloseTo(24.0, EXACT);
        // GAIS 2 responds, GAIS 4 does not, H has no clinician GAIS.
        assertThat(m.gaisResponderRate()).isCloseTo(0.5, EXACT);
        // WSRS changes -2 and 0.
        assertThat(m.meanWsrsChange()).isCloseTo(-1.0, EXACT);
        assertThat(m.wsrsImprovedShare()).isCloseTo(0.5, EXACT);
        // Hydration +25 % and -10 %; elasticity +20 % on A only.
        assertThat(m.meanHydrationChangePercent()).isCloseTo(7.5, EXACT);
        assertThat(m.meanElasticityChangePercent()).isCloseTo(20.0, EXACT);
        // Satisfaction 5, 3, 4.
        assertThat(m.meanSatisfaction()).isCloseTo(4.0, EXACT);
    }

    @Test
    void aGroupWithoutCompletedCoursesOrReactionsHasNoRatesItCannotDefine() {
        OutcomeMetrics m = group(byTechnique(), "MANUAL_NEEDLE");

        assertThat(m.patients()).isEqualTo(2);
        assertThat(m.coursesPlanned()).isEqualTo(2);
        assertThat(m.coursesCompleted()).isZero();
        assertThat(m.coursesDiscontinued()).isEqualTo(1);
        // The open course E counts in neither term: 0 / (0 + 1).
        assertThat(m.completionRate()).isCloseTo(0.0, EXACT);
        assertThat(m.meanSessionsPerCompletedCourse()).isNull();
        assertThat(m.medianSessionsPerCompletedCourse()).isNull();
        assertThat(m.sessionsPerformed()).isEqualTo(1);
        assertThat(m.reactionIncidencePerSession()).isCloseTo(0.0, EXACT);
        assertThat(m.patientsTreated()).isEqualTo(1);
        assertThat(m.patientsWithReactionRate()).isCloseTo(0.0, EXACT);
        assertThat(m.reactionsResolvedWithin48hShare()).isNull();
        assertThat(m.medianReactionDurationHours()).isNull();
        assertThat(m.gaisResponderRate()).isNull();
        assertThat(m.meanWsrsChange()).isNull();
        assertThat(m.meanSatisfaction()).isNull();
    }

    @Test
    void theTotalCoversEveryConsentingPatientOnce() {
        OutcomeMetrics total = byTechnique().total().metrics();

        // P1, P2, P3, P4, P7 and their 6 courses; the two outsiders are absent.
        assertThat(total.patients()).isEqualTo(5);
        assertThat(total.coursesPlanned()).isEqualTo(6);
        assertThat(total.completionRate()).isCloseTo(3.0 / 5, EXACT);
        assertThat(total.sessionsPerformed()).isEqualTo(8);
        assertThat(total.reactionIncidencePerSession()).isCloseTo(3.0 / 8, EXACT);
        assertThat(total.patientsWithReactionRate()).isCloseTo(2.0 / 4, EXACT);
        assertThat(total.reactionIncidenceByType()).doesNotContainKey(ReactionType.NODULES);
    }

    @Test
    void groupsByAgeBandAndQuarterWithFilters() {
        OutcomeReport byAge = report.handle(new FindOutcomeReportQuery(
                List.of(OutcomeDimension.AGE_BAND, OutcomeDimension.PERIOD),
                PeriodGranularity.QUARTER,
                new OutcomeFilter(
                        Set.of(Technique.MESO_PEN),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        YearMonth.of(2025, 1),
                        YearMonth.of(2025, 3))));

        // A (39, Q1), B (54, Q1); C (Q2) and H (Q2) are outside the months, D and E another technique.
        assertThat(byAge.groups())
                .extracting(OutcomeGroup::key)
                .containsExactly(
                        Map.of(OutcomeDimension.AGE_BAND, "30-39", OutcomeDimension.PERIOD, "2025-Q1"),
                        Map.of(OutcomeDimension.AGE_BAND, "50-59", OutcomeDimension.PERIOD, "2025-Q1"));
        assertThat(byAge.total().metrics().coursesPlanned()).isEqualTo(2);
    }

    @Test
    void aCourseCountsInEachOfItsIngredientsAndAFilterOnOneDoesNotSplitIt() {
        OutcomeReport byIngredient = report.handle(new FindOutcomeReportQuery(
                List.of(OutcomeDimension.INGREDIENT),
                null,
                new OutcomeFilter(null, Set.of("Hydra Boost"), null, null, null, null, null, null, null, null, null)));

        // Hydra Boost courses A, H, D, E each hold hyaluronic acid and vitamin C; A alone also elastin (Revital).
        assertThat(byIngredient.groups())
                .extracting(g -> g.key().get(OutcomeDimension.INGREDIENT), g -> g.metrics()
                        .coursesPlanned())
                .containsExactlyInAnyOrder(tuple("ELASTIN", 1L), tuple("HYALURONIC_ACID", 4L), tuple("VITAMIN_C", 4L));
        assertThat(byIngredient.total().metrics().coursesPlanned()).isEqualTo(4);
        assertThat(byIngredient.total().metrics().sessionsPerformed()).isEqualTo(5);
    }

    @Test
    void aCourseOfTwoProductsCountsInBothProductGroupsAndOnceInTheTotal() {
        OutcomeReport byProduct = report.handle(
                new FindOutcomeReportQuery(List.of(OutcomeDimension.PRODUCT), null, OutcomeFilter.none()));

        // Hydra Boost: A, D, E, H of P1, P3, P4, P7. Completed A (3 sessions) and H (1); reactions r1 24 h, r2 72 h
        // and r3 unresolved, all on A.
        OutcomeMetrics hydra = group(byProduct, OutcomeDimension.PRODUCT, "Hydra Boost");
        assertThat(hydra.patients()).isEqualTo(4);
        assertThat(hydra.coursesPlanned()).isEqualTo(4);
        assertThat(hydra.coursesCompleted()).isEqualTo(2);
        assertThat(hydra.coursesDiscontinued()).isEqualTo(1);
        assertThat(hydra.sessionsPerformed()).isEqualTo(5);
        assertThat(hydra.sessionsWithReaction()).isEqualTo(2);
        assertThat(hydra.reactions()).isEqualTo(3);
        assertThat(hydra.reactionsResolvedWithin48hShare()).isCloseTo(1.0 / 3, EXACT);
        assertThat(hydra.medianReactionDurationHours()).isCloseTo(48.0, EXACT);
        assertThat(hydra.meanSessionsPerCompletedCourse()).isCloseTo(2.0, EXACT);
        // Revital: A, B, C of P1, P2. Completed A (3) and B (2); reactions r1, r2, r3 and r4 (12 h).
        OutcomeMetrics revital = group(byProduct, OutcomeDimension.PRODUCT, "Revital");
        assertThat(revital.patients()).isEqualTo(2);
        assertThat(revital.coursesPlanned()).isEqualTo(3);
        assertThat(revital.sessionsPerformed()).isEqualTo(6);
        assertThat(revital.sessionsWithReaction()).isEqualTo(3);
        assertThat(revital.reactions()).isEqualTo(4);
        assertThat(revital.medianReactionDurationHours()).isCloseTo(24.0, EXACT);
        assertThat(revital.meanSessionsPerCompletedCourse()).isCloseTo(2.5, EXACT);
        assertTheCohortTotal(byProduct.total().metrics());
    }

    @Test
    void aFilterOnIndicationsKeepsTheCoursesPlannedForAnyOfThem() {
        // A for fine wrinkles (P1), B for acne scars (P2); no other course names an indication.
        OutcomeMetrics both = filteredTotal(indications(Indication.FINE_WRINKLES, Indication.ACNE_SCARS));
        assertThat(both.coursesPlanned()).isEqualTo(2);
        assertThat(both.patients()).isEqualTo(2);
        assertThat(both.sessionsPerformed()).isEqualTo(5);
        assertThat(both.reactions()).isEqualTo(4);
        assertThat(both.medianReactionDurationHours()).isCloseTo(24.0, EXACT);
        assertThat(coursesPlanned(indications(Indication.ACNE_SCARS))).isEqualTo(1);
        // ACNE is a prefix of ACNE_SCARS, not one of its values.
        assertThat(coursesPlanned(indications(Indication.ACNE))).isZero();
    }

    @Test
    void aFilterOnIngredientsKeepsTheCoursesOfAProductHoldingAnyOfThem() {
        // Elastin is in Revital (A, B, C); vitamin C in Hydra Boost (A, D, E, H).
        assertThat(coursesPlanned(ingredients(Ingredient.ELASTIN))).isEqualTo(3);
        assertThat(coursesPlanned(ingredients(Ingredient.ELASTIN, Ingredient.VITAMIN_C)))
                .isEqualTo(6);
        assertThat(coursesPlanned(ingredients(Ingredient.VITAMIN_A))).isZero();
    }

    @Test
    void aCorrectedIndicationSetDecidesWhichFilterKeepsTheCourse() {
        Patient p8 = aPatient();
        CourseId course = CourseId.random();
        events.given(
                p8.registered("clinic-north", LocalDate.of(1988, 2, 2)),
                p8.consentsToAnalytics(),
                p8.plans(
                        course,
                        LocalDate.of(2025, 6, 1),
                        Technique.MESO_PEN,
                        Set.of(Indication.ROSACEA),
                        Patient.HYDRA),
                p8.corrected(EntryType.COURSE, course.asString(), Map.of("indications", "PERIORBITAL")));

        assertThat(coursesPlanned(indications(Indication.ROSACEA))).isZero();
        assertThat(coursesPlanned(indications(Indication.PERIORBITAL))).isEqualTo(1);
    }

    private OutcomeMetrics filteredTotal(OutcomeFilter filter) {
        return report.handle(new FindOutcomeReportQuery(List.of(), null, filter))
                .total()
                .metrics();
    }

    /** Courses in the filtered total; a cohort without any patient is a small cell (minimum 1 here), shown as none. */
    private long coursesPlanned(OutcomeFilter filter) {
        OutcomeGroup total = report.handle(new FindOutcomeReportQuery(List.of(), null, filter))
                .total();
        if (total.suppression() == OutcomeGroup.Suppression.SMALL_CELL) {
            assertThat(total.metrics()).isNull();
            return 0;
        }
        return total.metrics().coursesPlanned();
    }

    private static OutcomeFilter indications(Indication... indications) {
        return new OutcomeFilter(null, null, null, Set.of(indications), null, null, null, null, null, null, null);
    }

    private static OutcomeFilter ingredients(Ingredient... ingredients) {
        return new OutcomeFilter(null, null, Set.of(ingredients), null, null, null, null, null, null, null, null);
    }

    @Test
    void theTotalCountsEachCourseOnceWhateverTheGrouping() {
        for (OutcomeDimension dimension : List.of(
                OutcomeDimension.TECHNIQUE,
                OutcomeDimension.PRODUCT,
                OutcomeDimension.INGREDIENT,
                OutcomeDimension.INDICATION,
                OutcomeDimension.PRACTITIONER)) {
            OutcomeReport grouped =
                    report.handle(new FindOutcomeReportQuery(List.of(dimension), null, OutcomeFilter.none()));
            assertTheCohortTotal(grouped.total().metrics());
        }
    }

    /** The six courses A, B, C, D, E, H of five patients, each counted once. */
    private static void assertTheCohortTotal(OutcomeMetrics total) {
        assertThat(total.patients()).isEqualTo(5);
        assertThat(total.coursesPlanned()).isEqualTo(6);
        assertThat(total.coursesCompleted()).isEqualTo(3);
        assertThat(total.coursesDiscontinued()).isEqualTo(2);
        // Completed A, B, H had 3, 2 and 1 sessions.
        assertThat(total.meanSessionsPerCompletedCourse()).isCloseTo(2.0, EXACT);
        assertThat(total.medianSessionsPerCompletedCourse()).isCloseTo(2.0, EXACT);
        assertThat(total.sessionsPerformed()).isEqualTo(8);
        assertThat(total.sessionsWithReaction()).isEqualTo(3);
        assertThat(total.reactionIncidenceByType().get(ReactionType.ERYTHEMA)).isCloseTo(2.0 / 8, EXACT);
        assertThat(total.patientsWithReactionRate()).isCloseTo(2.0 / 4, EXACT);
        // 24 h, 72 h, 12 h and one unresolved.
        assertThat(total.reactions()).isEqualTo(4);
        assertThat(total.reactionsResolvedWithin48hShare()).isCloseTo(0.5, EXACT);
        assertThat(total.medianReactionDurationHours()).isCloseTo(24.0, EXACT);
        assertThat(total.gaisResponderRate()).isCloseTo(0.5, EXACT);
        assertThat(total.meanWsrsChange()).isCloseTo(-1.0, EXACT);
        assertThat(total.meanHydrationChangePercent()).isCloseTo(7.5, EXACT);
        assertThat(total.meanSatisfaction()).isCloseTo(4.0, EXACT);
    }

    private OutcomeReport byTechnique() {
        return report.handle(
                new FindOutcomeReportQuery(List.of(OutcomeDimension.TECHNIQUE), null, OutcomeFilter.none()));
    }

    private static OutcomeMetrics group(OutcomeReport report, String technique) {
        return group(report, OutcomeDimension.TECHNIQUE, technique);
    }

    private static OutcomeMetrics group(OutcomeReport report, OutcomeDimension dimension, String value) {
        return report.groups().stream()
                .filter(g -> value.equals(g.key().get(dimension)))
                .findFirst()
                .orElseThrow()
                .metrics();
    }
}
