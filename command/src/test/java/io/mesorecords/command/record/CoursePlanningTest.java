package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.BASELINE_WSRS;
import static io.mesorecords.command.record.fixtures.Clinic.CHEEKS;
import static io.mesorecords.command.record.fixtures.Clinic.COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.FINE_LINES;
import static io.mesorecords.command.record.fixtures.Clinic.HYDRATING_COCKTAIL;
import static io.mesorecords.command.record.fixtures.Clinic.NEEDLE;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.TODAY;
import static io.mesorecords.command.record.fixtures.Clinic.recordedNow;
import static io.mesorecords.command.record.fixtures.Commands.aCoursePlan;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.PatientHistory.aRegisteredPatient;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.BaselineAssessment;
import io.mesorecords.api.course.CoursePlanned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoursePlanningTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void plansACourseWithItsBaselineAssessment() {
        fixture.given(aScreenedPatient().events())
                .when(aCoursePlan()
                        .withBaseline(new BaselineAssessment(BASELINE_WSRS, Scale.WSRS.score(3), Rater.CLINICIAN))
                        .build())
                .expectEvents(
                        new CoursePlanned(PATIENT, COURSE, TODAY, FINE_LINES, NEEDLE, HYDRATING_COCKTAIL, CHEEKS, 4, 7),
                        new AssessmentRecorded(
                                PATIENT,
                                BASELINE_WSRS,
                                COURSE,
                                TimePoint.baseline(),
                                Scale.WSRS.score(3),
                                Rater.CLINICIAN,
                                TODAY.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .expectResultMessagePayload(4L);
    }

    @Test
    void plansACourseWithAScreeningExactly180DaysOld() {
        fixture.given(aScreenedPatient().screenedOn(TODAY.minusDays(180)).events())
                .when(aCoursePlan().build())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotPlanACourseTwice() {
        refusedWith(
                fixture.given(aPatientWithACourse().events()).when(aCoursePlan().build()),
                Rejection.COURSE_ALREADY_EXISTS);
    }

    @Test
    void cannotPlanACourseOfMoreThanTwelveSessions() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(aCoursePlan().ofSessions(13).build()),
                Rejection.COURSE_TOO_MANY_SESSIONS);
    }

    @Test
    void cannotPlanACourseWithoutSessions() {
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(aCoursePlan().ofSessions(0).build()),
                Rejection.COURSE_TOO_MANY_SESSIONS);
    }

    @Test
    void cannotPlanACourseWithoutAScreening() {
        refusedWith(
                fixture.given(aRegisteredPatient().events()).when(aCoursePlan().build()),
                Rejection.COURSE_SCREENING_OUTDATED);
    }

    @Test
    void cannotPlanACourseWhenTheScreeningIsOlderThan180Days() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .screenedOn(TODAY.minusDays(181))
                                .events())
                        .when(aCoursePlan().build()),
                Rejection.COURSE_SCREENING_OUTDATED);
    }

    @Test
    void cannotPlanCourseByBackdatingPastAnOutdatedScreening() {
        LocalDate screenedOn = TODAY.minusYears(2);
        refusedWith(
                fixture.given(aScreenedPatient().screenedOn(screenedOn).events())
                        .when(aCoursePlan().plannedOn(screenedOn.plusDays(1)).build(), recordedNow()),
                Rejection.COURSE_SCREENING_OUTDATED);
    }

    @Test
    void cannotPlanACourseForADayWhenTheScreeningWillBeOutdated() {
        refusedWith(
                fixture.given(aScreenedPatient().screenedOn(TODAY.minusDays(10)).events())
                        .when(aCoursePlan().plannedOn(TODAY.plusDays(171)).build(), recordedNow()),
                Rejection.COURSE_SCREENING_OUTDATED);
    }

    @Test
    void plansACourseEnteredLateWhenTheScreeningIsStillRecent() {
        fixture.given(aScreenedPatient().screenedOn(TODAY.minusDays(20)).events())
                .when(aCoursePlan().plannedOn(TODAY.minusDays(3)).build(), recordedNow())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void screeningValidityIsConfigurable() {
        fixture = aPatientRecordFixture(new RecordRules(30, 10));
        refusedWith(
                fixture.given(aScreenedPatient().screenedOn(TODAY.minusDays(31)).events())
                        .when(aCoursePlan().build()),
                Rejection.COURSE_SCREENING_OUTDATED);
    }

    @Test
    void cannotPlanCourseWhenPregnant() {
        refusedWith(
                fixture.given(aScreenedPatient().pregnant().events())
                        .when(aCoursePlan().build()),
                Rejection.CONTRAINDICATION_PREGNANCY);
    }

    @Test
    void cannotPlanCourseWhenBreastfeeding() {
        refusedWith(
                fixture.given(aScreenedPatient().breastfeeding().events())
                        .when(aCoursePlan().build()),
                Rejection.CONTRAINDICATION_BREASTFEEDING);
    }

    @Test
    void cannotPlanCourseWhenAllergicToAnIngredient() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .allergicTo(Ingredient.VITAMIN_C)
                                .events())
                        .when(aCoursePlan().build()),
                Rejection.CONTRAINDICATION_ALLERGY);
    }

    @Test
    void plansCourseWhenAllergicOnlyToAnIngredientNotInTheCocktail() {
        fixture.given(aScreenedPatient().allergicTo(Ingredient.GLYCOLIC_ACID).events())
                .when(aCoursePlan().build())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotPlanCourseWithAnActiveInfectionInATargetArea() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .infectedIn(TreatmentArea.CHEEKS)
                                .events())
                        .when(aCoursePlan().build()),
                Rejection.CONTRAINDICATION_INFECTION);
    }

    @Test
    void cannotPlanAFullFaceCourseWithAnInfectionOnTheChin() {
        refusedWith(
                fixture.given(aScreenedPatient().infectedIn(TreatmentArea.CHIN).events())
                        .when(aCoursePlan().on(TreatmentArea.FULL_FACE).build()),
                Rejection.CONTRAINDICATION_INFECTION);
    }

    @Test
    void cannotPlanCourseWithoutTreatmentConsent() {
        refusedWith(
                fixture.given(aScreenedPatient().withoutTreatmentConsent().events())
                        .when(aCoursePlan().build()),
                Rejection.CONTRAINDICATION_NO_TREATMENT_CONSENT);
    }

    @Test
    void cannotPlanCourseWithABaselineOutsideItsScale() {
        BaselineAssessment sixOnWsrs = new BaselineAssessment(BASELINE_WSRS, Scale.WSRS.score(6), Rater.CLINICIAN);
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(aCoursePlan().withBaseline(sixOnWsrs).build()),
                Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE);
    }

    @Test
    void cannotPlanCourseWithABaselineOnAnUnknownScaleVersion() {
        BaselineAssessment oldVersion = new BaselineAssessment(
                BASELINE_WSRS, new Score(Scale.WSRS, "0", BigDecimal.valueOf(3)), Rater.CLINICIAN);
        refusedWith(
                fixture.given(aScreenedPatient().events())
                        .when(aCoursePlan().withBaseline(oldVersion).build()),
                Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE);
    }
}
