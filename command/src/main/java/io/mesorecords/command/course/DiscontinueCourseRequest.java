package io.mesorecords.command.course;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.DiscontinueCourse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Closes a course before completion, for a reason. */
record DiscontinueCourseRequest(
        @NotNull LocalDate discontinuedOn, @NotNull DiscontinuationReason reason, @Size(max = 2000) String details) {

    DiscontinueCourse toCommand(PatientId patientId, CourseId courseId) {
        return new DiscontinueCourse(patientId, courseId, discontinuedOn, reason, details);
    }
}
