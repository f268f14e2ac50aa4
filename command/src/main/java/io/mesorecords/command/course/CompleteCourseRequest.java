package io.mesorecords.command.course;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.CompleteCourse;
import io.mesorecords.command.http.ScoreInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Closes a course as completed, with the final clinician GAIS and the patient's satisfaction when taken. */
record CompleteCourseRequest(
        @NotNull LocalDate completedOn, @Valid ScoreInput finalClinicianGais, @Valid ScoreInput patientSatisfaction) {

    CompleteCourse toCommand(PatientId patientId, CourseId courseId) {
        return new CompleteCourse(
                patientId,
                courseId,
                completedOn,
                ScoreInput.toScoreOrNull(finalClinicianGais),
                ScoreInput.toScoreOrNull(patientSatisfaction));
    }
}
