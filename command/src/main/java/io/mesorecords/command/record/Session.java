package io.mesorecords.command.record;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;
import java.util.Objects;

/** One visit of a course: booked, then performed, cancelled or missed. */
@Snapshottable
class Session {

    enum Status {
        SCHEDULED,
        PERFORMED,
        CANCELLED,
        NO_SHOW
    }

    private SessionId sessionId;
    private CourseId courseId;
    private Instant startsAt;
    private int plannedMinutes;
    private Instant performedAt;
    private Status status = Status.SCHEDULED;

    Session() {}

    Session(SessionId sessionId, CourseId courseId, Instant startsAt, int plannedMinutes) {
        this.sessionId = sessionId;
        this.courseId = courseId;
        this.startsAt = startsAt;
        this.plannedMinutes = plannedMinutes;
    }

    SessionId id() {
        return sessionId;
    }

    CourseId courseId() {
        return courseId;
    }

    Status status() {
        return status;
    }

    boolean belongsTo(CourseId course) {
        return courseId.equals(course);
    }

    boolean isScheduled() {
        return status == Status.SCHEDULED;
    }

    boolean isPerformed() {
        return status == Status.PERFORMED;
    }

    /** Scheduled or performed: the sessions that count against a course's plan and its interval. */
    boolean counts() {
        return isScheduled() || isPerformed();
    }

    /** When the session happens: when it was performed, else when it is booked. */
    Instant when() {
        return isPerformed() ? performedAt : startsAt;
    }

    Instant performedAt() {
        return performedAt;
    }

    /** Whether this booked session shares any minute with [from, from + minutes). */
    boolean overlaps(Instant from, int minutes) {
        Instant end = startsAt.plusSeconds(60L * plannedMinutes);
        Instant otherEnd = from.plusSeconds(60L * minutes);
        return isScheduled() && startsAt.isBefore(otherEnd) && from.isBefore(end);
    }

    void moveTo(Instant newStart, int newPlannedMinutes) {
        this.startsAt = newStart;
        this.plannedMinutes = newPlannedMinutes;
    }

    void performed(Instant at) {
        this.performedAt = at;
        this.status = Status.PERFORMED;
    }

    void cancelled() {
        this.status = Status.CANCELLED;
    }

    void missed() {
        this.status = Status.NO_SHOW;
    }

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Session other
                && Objects.equals(sessionId, other.sessionId)
                && Objects.equals(courseId, other.courseId)
                && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(plannedMinutes, other.plannedMinutes)
                && Objects.equals(performedAt, other.performedAt)
                && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, courseId, startsAt, plannedMinutes, performedAt, status);
    }
}
