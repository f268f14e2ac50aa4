package io.mesorecords.command.course;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.RecordAssessment;
import io.mesorecords.command.http.ScoreInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A measured outcome of a course on a clinical scale. */
record RecordAssessmentRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID assessmentId,
        @NotNull UUID courseId,
        @NotNull @Valid TimePointInput timePoint,
        @NotNull @Valid ScoreInput score,
        @NotNull Rater rater,
        @NotNull Instant assessedAt) {

    RecordAssessment toCommand(PatientId patientId, AssessmentId id) {
        return new RecordAssessment(
                patientId, id, new CourseId(courseId), timePoint.toTimePoint(), score.toScore(), rater, assessedAt);
    }
}
