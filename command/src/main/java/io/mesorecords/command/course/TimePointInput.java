package io.mesorecords.command.course;

import io.mesorecords.api.clinical.TimePoint;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** When in the course an assessment was taken. */
record TimePointInput(
        @NotNull TimePoint.Kind kind,
        @Schema(description = "Session number or weeks of follow-up; absent at baseline") @Positive Integer number) {

    TimePoint toTimePoint() {
        return new TimePoint(kind, number);
    }
}
