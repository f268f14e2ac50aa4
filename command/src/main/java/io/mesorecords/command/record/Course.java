package io.mesorecords.command.record;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.course.CoursePlanned;
import java.util.Objects;

/** A planned series of sessions; its sessions live in the record, pointing back at it. */
@Snapshottable
class Course {

    enum Status {
        OPEN,
        COMPLETED,
        DISCONTINUED
    }

    private CourseId courseId;
    private Technique technique;
    private int plannedSessions;
    private int intervalDays;
    private int extraSessions;
    private Status status = Status.OPEN;

    Course() {}

    Course(CoursePlanned event) {
        this.courseId = event.courseId();
        this.technique = event.technique();
        this.plannedSessions = event.plannedSessions();
        this.intervalDays = event.intervalDays();
    }

    CourseId id() {
        return courseId;
    }

    Technique technique() {
        return technique;
    }

    /**
     * How many days apart its sessions must be: the interval the course was planned with, never less than its
     * technique allows (a home dermaroller at most once a month, whatever the plan says).
     */
    int minimumIntervalDays() {
        return Math.max(intervalDays, technique.minimumIntervalDays());
    }

    int allowedSessions() {
        return plannedSessions + extraSessions;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    void extend(int additionalSessions) {
        extraSessions += additionalSessions;
    }

    void close(Status closedAs) {
        status = closedAs;
    }

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Course other
                && Objects.equals(courseId, other.courseId)
                && Objects.equals(technique, other.technique)
                && Objects.equals(plannedSessions, other.plannedSessions)
                && Objects.equals(intervalDays, other.intervalDays)
                && Objects.equals(extraSessions, other.extraSessions)
                && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseId, technique, plannedSessions, intervalDays, extraSessions, status);
    }
}
