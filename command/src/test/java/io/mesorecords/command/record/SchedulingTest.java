package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.DR_MARTIN;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.MONDAY_AFTER_10;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.OTHER_COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.SECOND_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.THIRD_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.THIRD_SESSION;
import static io.mesorecords.command.record.fixtures.Commands.schedule;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.session.CancelSession;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.RecordNoShow;
import io.mesorecords.api.session.RescheduleSession;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulingTest {

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    @Test
    void schedulesTheFirstSessionOfACourse() {
        fixture.given(aPatientWithACourse().events())
                .when(schedule(FIRST_SESSION, NEXT_MONDAY_10))
                .expectEvents(new SessionScheduled(PATIENT, FIRST_SESSION, COURSE, NEXT_MONDAY_10, DR_MARTIN, 45))
                .expectResultMessagePayload(4L);
    }

    @Test
    void schedulesTheNextSessionAWeekLater() {
        fixture.given(aPatientWithACourse()
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(schedule(SECOND_SESSION, MONDAY_AFTER_10))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleASessionOfAnUnknownCourse() {
        refusedWith(
                fixture.given(aScreenedPatient().events()).when(schedule(FIRST_SESSION, NEXT_MONDAY_10)),
                Rejection.COURSE_NOT_FOUND);
    }

    @Test
    void cannotScheduleTheSameSessionTwice() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(FIRST_SESSION, MONDAY_AFTER_10)),
                Rejection.SESSION_ALREADY_EXISTS);
    }

    @Test
    void cannotScheduleASessionOfAClosedCourse() {
        refusedWith(
                fixture.given(aPatientWithACourse().withCourseDiscontinued().events())
                        .when(schedule(FIRST_SESSION, NEXT_MONDAY_10)),
                Rejection.COURSE_CLOSED);
    }

    @Test
    void cannotScheduleSessionsOfACourseCloserThanAWeek() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(SECOND_SESSION, MONDAY_AFTER_10.minus(Duration.ofDays(1)))),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void cannotScheduleAHomeDermarollerSessionWithinFourWeeksOfTheLast() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .withCourse(COURSE, Technique.HOME_DERMAROLLER, 4)
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(27)))),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void cannotScheduleSessionsOfAFortnightlyCourseAWeekApart() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .withCourse(COURSE, Technique.MANUAL_NEEDLE, 4, 14)
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(7)))),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void schedulesSessionsOfAFortnightlyCourseTwoWeeksApart() {
        fixture.given(aScreenedPatient()
                        .withCourse(COURSE, Technique.MANUAL_NEEDLE, 4, 14)
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(14))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleAHomeDermarollerSessionTwoWeeksAfterTheLastEvenWhenPlannedDaily() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .withCourse(COURSE, Technique.HOME_DERMAROLLER, 4, 1)
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(14)))),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void ignoresCancelledSessionsWhenKeepingTheInterval() {
        fixture.given(aPatientWithACourse()
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .withSessionCancelled(FIRST_SESSION)
                        .events())
                .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(1))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleASessionOverlappingASessionOfAnotherCourse() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withCourse(OTHER_COURSE, Technique.OXYGEN, 4)
                                .withSessionScheduled(OTHER_COURSE, FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofMinutes(30)))),
                Rejection.SESSION_OVERLAP);
    }

    @Test
    void schedulesASessionRightAfterAnotherCoursesSessionEnds() {
        fixture.given(aPatientWithACourse()
                        .withCourse(OTHER_COURSE, Technique.OXYGEN, 4)
                        .withSessionScheduled(OTHER_COURSE, FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(schedule(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofMinutes(45))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleMoreSessionsThanPlanned() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .withCourse(COURSE, Technique.MANUAL_NEEDLE, 2)
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                                .events())
                        .when(schedule(THIRD_SESSION, THIRD_MONDAY_10)),
                Rejection.SESSION_MORE_THAN_PLANNED);
    }

    @Test
    void schedulesBeyondThePlanOnceTheCourseIsExtended() {
        fixture.given(aScreenedPatient()
                        .withCourse(COURSE, Technique.MANUAL_NEEDLE, 2)
                        .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                        .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                        .withCourseExtended(1)
                        .events())
                .when(schedule(THIRD_SESSION, THIRD_MONDAY_10))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reschedulesASessionAFewDaysLater() {
        fixture.given(aPatientWithACourse()
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(new RescheduleSession(
                        PATIENT, FIRST_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(2)), DR_MARTIN, 30))
                .expectEvents(new SessionRescheduled(
                        PATIENT, FIRST_SESSION, COURSE, NEXT_MONDAY_10.plus(Duration.ofDays(2)), DR_MARTIN, 30))
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotRescheduleASessionCloserThanAWeekToAnotherOfItsCourse() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                                .events())
                        .when(new RescheduleSession(
                                PATIENT, SECOND_SESSION, MONDAY_AFTER_10.minus(Duration.ofDays(3)), DR_MARTIN, 45)),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void cannotRescheduleASessionOfAFortnightlyCourseAWeekFromAnother() {
        refusedWith(
                fixture.given(aScreenedPatient()
                                .withCourse(COURSE, Technique.MANUAL_NEEDLE, 4, 14)
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionScheduled(SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(14)))
                                .events())
                        .when(new RescheduleSession(
                                PATIENT, SECOND_SESSION, NEXT_MONDAY_10.plus(Duration.ofDays(7)), DR_MARTIN, 45)),
                Rejection.SESSION_INTERVAL_TOO_SHORT);
    }

    @Test
    void cannotRescheduleASessionOntoAnotherSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withCourse(OTHER_COURSE, Technique.OXYGEN, 4)
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionScheduled(OTHER_COURSE, SECOND_SESSION, MONDAY_AFTER_10)
                                .events())
                        .when(new RescheduleSession(PATIENT, FIRST_SESSION, MONDAY_AFTER_10, DR_MARTIN, 45)),
                Rejection.SESSION_OVERLAP);
    }

    @Test
    void cannotRescheduleAPerformedSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(new RescheduleSession(PATIENT, FIRST_SESSION, MONDAY_AFTER_10, DR_MARTIN, 45)),
                Rejection.SESSION_ALREADY_PERFORMED);
    }

    @Test
    void cannotRescheduleAnUnknownSession() {
        refusedWith(
                fixture.given(aPatientWithACourse().events())
                        .when(new RescheduleSession(PATIENT, FIRST_SESSION, MONDAY_AFTER_10, DR_MARTIN, 45)),
                Rejection.SESSION_NOT_FOUND);
    }

    @Test
    void cannotRescheduleACancelledSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionCancelled(FIRST_SESSION)
                                .events())
                        .when(new RescheduleSession(PATIENT, FIRST_SESSION, MONDAY_AFTER_10, DR_MARTIN, 45)),
                Rejection.SESSION_CANCELLED);
    }

    @Test
    void cannotRescheduleASessionThePatientMissed() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withNoShow(FIRST_SESSION)
                                .events())
                        .when(new RescheduleSession(PATIENT, FIRST_SESSION, MONDAY_AFTER_10, DR_MARTIN, 45)),
                Rejection.SESSION_NO_SHOW);
    }

    @Test
    void cancelsABookedSession() {
        fixture.given(aPatientWithACourse()
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(new CancelSession(PATIENT, FIRST_SESSION, "patient has a cold"))
                .expectEvents(new SessionCancelled(PATIENT, FIRST_SESSION, COURSE, "patient has a cold"));
    }

    @Test
    void cannotCancelACancelledSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionCancelled(FIRST_SESSION)
                                .events())
                        .when(new CancelSession(PATIENT, FIRST_SESSION, "again")),
                Rejection.SESSION_CANCELLED);
    }

    @Test
    void cannotCancelAPerformedSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(new CancelSession(PATIENT, FIRST_SESSION, "entered by mistake")),
                Rejection.SESSION_ALREADY_PERFORMED);
    }

    @Test
    void cannotCancelAnUnknownSession() {
        refusedWith(
                fixture.given(aPatientWithACourse().events())
                        .when(new CancelSession(PATIENT, FIRST_SESSION, "patient has a cold")),
                Rejection.SESSION_NOT_FOUND);
    }

    @Test
    void recordsThatThePatientDidNotCome() {
        fixture.given(aPatientWithACourse()
                        .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                        .events())
                .when(new RecordNoShow(PATIENT, FIRST_SESSION))
                .expectEvents(new NoShowRecorded(PATIENT, FIRST_SESSION, COURSE));
    }

    @Test
    void cannotRecordANoShowTwice() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withNoShow(FIRST_SESSION)
                                .events())
                        .when(new RecordNoShow(PATIENT, FIRST_SESSION)),
                Rejection.SESSION_NO_SHOW);
    }

    @Test
    void cannotRecordANoShowForAPerformedSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(new RecordNoShow(PATIENT, FIRST_SESSION)),
                Rejection.SESSION_ALREADY_PERFORMED);
    }

    @Test
    void cannotRecordANoShowForACancelledSession() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .withSessionCancelled(FIRST_SESSION)
                                .events())
                        .when(new RecordNoShow(PATIENT, FIRST_SESSION)),
                Rejection.SESSION_CANCELLED);
    }

    @Test
    void cannotRecordANoShowForAnUnknownSession() {
        refusedWith(
                fixture.given(aPatientWithACourse().events()).when(new RecordNoShow(PATIENT, FIRST_SESSION)),
                Rejection.SESSION_NOT_FOUND);
    }
}
