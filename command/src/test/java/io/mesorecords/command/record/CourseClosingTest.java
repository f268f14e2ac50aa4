package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.AFTER_FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.BASELINE_WSRS;
import static io.mesorecords.command.record.fixtures.Clinic.COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.MONDAY_AFTER_10;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.OTHER_COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.SECOND_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.TODAY;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CompleteCourse;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.DiscontinueCourse;
import io.mesorecords.api.course.ExtendCourse;
import io.mesorecords.api.course.RecordAssessment;
import io.mesorecords.command.record.fixtures.PatientHistory;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseClosingTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    private static PatientHistory aCourseWithOnePerformedSession() {
        return aPatientWithACourse().withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10);
    }

    private static RecordAssessment wsrsAfterFirstSession(Score score) {
        return new RecordAssessment(
                PATIENT,
                AFTER_FIRST_SESSION,
                COURSE,
                TimePoint.afterSession(1),
                score,
                Rater.CLINICIAN,
                MONDAY_AFTER_10);
    }

    private static CompleteCourse complete(CourseId course, Score gais, Score satisfaction) {
        return new CompleteCourse(PATIENT, course, TODAY, gais, satisfaction);
    }

    @Test
    void recordsAWrinkleScoreAfterTheFirstSession() {
        fixture.given(aCourseWithOnePerformedSession().events())
                .when(wsrsAfterFirstSession(Scale.WSRS.score(2)))
                .expectEvents(new AssessmentRecorded(
                        PATIENT,
                        AFTER_FIRST_SESSION,
                        COURSE,
                        TimePoint.afterSession(1),
                        Scale.WSRS.score(2),
                        Rater.CLINICIAN,
                        MONDAY_AFTER_10));
    }

    @Test
    void cannotRecordAnAssessmentOutsideItsScale() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(wsrsAfterFirstSession(Scale.WSRS.score(0))),
                Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE);
    }

    @Test
    void cannotRecordTheSameAssessmentTwice() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession()
                                .withAssessment(AFTER_FIRST_SESSION)
                                .events())
                        .when(wsrsAfterFirstSession(Scale.WSRS.score(2))),
                Rejection.ASSESSMENT_ALREADY_EXISTS);
    }

    @Test
    void cannotAssessAnUnknownCourse() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(new RecordAssessment(
                                PATIENT,
                                BASELINE_WSRS,
                                OTHER_COURSE,
                                TimePoint.baseline(),
                                Scale.WSRS.score(3),
                                Rater.CLINICIAN,
                                Instant.parse("2025-06-02T09:00:00Z"))),
                Rejection.COURSE_NOT_FOUND);
    }

    @Test
    void completesACourseWithTheFinalGaisAndSatisfaction() {
        fixture.given(aCourseWithOnePerformedSession().events())
                .when(complete(COURSE, Scale.GAIS.score(2), Scale.SATISFACTION.score(5)))
                .expectEvents(
                        new CourseCompleted(PATIENT, COURSE, TODAY, Scale.GAIS.score(2), Scale.SATISFACTION.score(5)));
    }

    @Test
    void cannotCompleteACourseWithoutAPerformedSession() {
        refusedWith(
                fixture.given(aPatientWithACourse().events()).when(complete(COURSE, null, null)),
                Rejection.COURSE_NO_PERFORMED_SESSION);
    }

    @Test
    void cannotCompleteACourseWithSessionsStillScheduled() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession()
                                .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                                .events())
                        .when(complete(COURSE, null, null)),
                Rejection.COURSE_SESSIONS_STILL_SCHEDULED);
    }

    @Test
    void cannotCompleteACourseTwice() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession()
                                .withCourseCompleted()
                                .events())
                        .when(complete(COURSE, null, null)),
                Rejection.COURSE_CLOSED);
    }

    @Test
    void cannotCompleteAnUnknownCourse() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events()).when(complete(OTHER_COURSE, null, null)),
                Rejection.COURSE_NOT_FOUND);
    }

    @Test
    void cannotGiveTheFinalGaisOnAnotherScale() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(complete(COURSE, Scale.WSRS.score(2), Scale.SATISFACTION.score(5))),
                Rejection.ASSESSMENT_WRONG_SCALE);
    }

    @Test
    void cannotGiveSatisfactionOnAnotherScale() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(complete(COURSE, Scale.GAIS.score(2), Scale.GAIS.score(5))),
                Rejection.ASSESSMENT_WRONG_SCALE);
    }

    @Test
    void cannotGiveAFinalGaisOutsideTheScale() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(complete(COURSE, Scale.GAIS.score(6), Scale.SATISFACTION.score(5))),
                Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE);
    }

    @Test
    void discontinuesACourseAndCallsOffItsBookedSessions() {
        fixture.given(aCourseWithOnePerformedSession()
                        .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                        .events())
                .when(new DiscontinueCourse(
                        PATIENT, COURSE, TODAY, DiscontinuationReason.ADVERSE_REACTION, "nodules after session 1"))
                .expectEvents(new CourseDiscontinued(
                        PATIENT,
                        COURSE,
                        TODAY,
                        DiscontinuationReason.ADVERSE_REACTION,
                        "nodules after session 1",
                        List.of(SECOND_SESSION)));
    }

    @Test
    void cannotDiscontinueAClosedCourse() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession()
                                .withCourseCompleted()
                                .events())
                        .when(new DiscontinueCourse(PATIENT, COURSE, TODAY, DiscontinuationReason.OTHER, "")),
                Rejection.COURSE_CLOSED);
    }

    @Test
    void extendsACourseByTwoSessions() {
        fixture.given(aCourseWithOnePerformedSession().events())
                .when(new ExtendCourse(PATIENT, COURSE, 2, "good response"))
                .expectEvents(new CourseExtended(PATIENT, COURSE, 2, "good response"));
    }

    @Test
    void cannotExtendAClosedCourse() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession()
                                .withCourseDiscontinued()
                                .events())
                        .when(new ExtendCourse(PATIENT, COURSE, 2, "good response")),
                Rejection.COURSE_CLOSED);
    }

    @Test
    void cannotExtendACourseByNoSession() {
        refusedWith(
                fixture.given(aCourseWithOnePerformedSession().events())
                        .when(new ExtendCourse(PATIENT, COURSE, 0, "nothing")),
                Rejection.COURSE_TOO_MANY_SESSIONS);
    }
}
