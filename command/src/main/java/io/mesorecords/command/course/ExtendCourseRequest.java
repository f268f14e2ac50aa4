package io.mesorecords.command.course;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.ExtendCourse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Allows more sessions than first planned. */
record ExtendCourseRequest(@NotNull @Min(1) @Max(12) Integer additionalSessions, @Size(max = 2000) String reason) {

    ExtendCourse toCommand(PatientId patientId, CourseId courseId) {
        return new ExtendCourse(patientId, courseId, additionalSessions, reason);
    }
}
