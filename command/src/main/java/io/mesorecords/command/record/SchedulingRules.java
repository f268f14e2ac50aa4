package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.COURSE_CLOSED;
import static io.mesorecords.api.common.Rejection.SESSION_INTERVAL_TOO_SHORT;
import static io.mesorecords.api.common.Rejection.SESSION_MORE_THAN_PLANNED;
import static io.mesorecords.api.common.Rejection.SESSION_OVERLAP;

import io.mesorecords.api.common.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/** When a session of a course may be booked: open course, enough days apart, no double booking, within the plan. */
final class SchedulingRules {

    private SchedulingRules() {}

    static void assertCourseOpen(Course course) {
        if (!course.isOpen()) {
            throw new RuleViolation(COURSE_CLOSED, "The course " + course.id() + " is closed.");
        }
    }

    /** {@code moving} is the session being rescheduled, which does not keep itself at a distance; null when booking. */
    static void assertIntervalRespected(
            Course course, Collection<Session> sessions, Instant startsAt, SessionId moving) {
        Duration minimum = Duration.ofDays(course.minimumIntervalDays());
        for (Session other : sessions) {
            boolean sameCourse = other.belongsTo(course.id())
                    && other.counts()
                    && !other.id().equals(moving);
            if (sameCourse && Duration.between(other.when(), startsAt).abs().compareTo(minimum) < 0) {
                throw new RuleViolation(
                        SESSION_INTERVAL_TOO_SHORT,
                        "Sessions of a " + course.technique() + " course must be at least " + minimum.toDays()
                                + " days apart; session " + other.id() + " is at " + other.when() + ".");
            }
        }
    }

    static void assertNoOverlap(Collection<Session> sessions, Instant startsAt, int plannedMinutes, SessionId moving) {
        for (Session other : sessions) {
            if (!other.id().equals(moving) && other.overlaps(startsAt, plannedMinutes)) {
                throw new RuleViolation(
                        SESSION_OVERLAP, "The patient already has session " + other.id() + " booked at that time.");
            }
        }
    }

    static void assertWithinPlannedSessions(Course course, Collection<Session> sessions) {
        long counted = sessions.stream()
                .filter(s -> s.belongsTo(course.id()) && s.counts())
                .count();
        if (counted >= course.allowedSessions()) {
            throw new RuleViolation(
                    SESSION_MORE_THAN_PLANNED,
                    "The course allows " + course.allowedSessions() + " sessions and all are booked or performed;"
                            + " extend the course first.");
        }
    }
}
