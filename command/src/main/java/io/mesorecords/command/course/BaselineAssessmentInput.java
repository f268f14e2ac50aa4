package io.mesorecords.command.course;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.course.BaselineAssessment;
import io.mesorecords.command.http.ScoreInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An assessment taken when the course is planned; it becomes the course's baseline. */
record BaselineAssessmentInput(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID assessmentId,
        @NotNull @Valid ScoreInput score,
        @NotNull Rater rater) {

    BaselineAssessment toAssessment() {
        AssessmentId id = assessmentId == null ? AssessmentId.random() : new AssessmentId(assessmentId);
        return new BaselineAssessment(id, score.toScore(), rater);
    }
}
