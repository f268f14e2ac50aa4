package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.COURSE_NO_PERFORMED_SESSION;
import static io.mesorecords.api.common.Rejection.COURSE_SESSIONS_STILL_SCHEDULED;
import static io.mesorecords.api.common.Rejection.COURSE_TOO_MANY_SESSIONS;

import java.util.Collection;

/** How large a course may be and when it may be completed. */
final class CourseRules {

    /** A course is planned with 1 to 12 sessions; an extension adds 1 to 12 more. */
    static final int MAXIMUM_SESSIONS = 12;

    private CourseRules() {}

    static void assertSessionCountPlausible(int sessions) {
        if (sessions < 1 || sessions > MAXIMUM_SESSIONS) {
            throw new RuleViolation(
                    COURSE_TOO_MANY_SESSIONS,
                    "A course is planned or extended with 1 to " + MAXIMUM_SESSIONS + " sessions, not " + sessions
                            + ".");
        }
    }

    static void assertHasPerformedSession(Course course, Collection<Session> sessions) {
        if (sessions.stream().noneMatch(s -> s.belongsTo(course.id()) && s.isPerformed())) {
            throw new RuleViolation(
                    COURSE_NO_PERFORMED_SESSION, "The course " + course.id() + " has no performed session.");
        }
    }

    static void assertNoSessionStillScheduled(Course course, Collection<Session> sessions) {
        if (sessions.stream().anyMatch(s -> s.belongsTo(course.id()) && s.isScheduled())) {
            throw new RuleViolation(
                    COURSE_SESSIONS_STILL_SCHEDULED,
                    "The course " + course.id() + " still has scheduled sessions; perform or cancel them first.");
        }
    }
}
