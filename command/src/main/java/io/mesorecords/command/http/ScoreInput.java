package io.mesorecords.command.http;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A score as a client sends it: always with its scale and the scale's version, never a bare number. Whether the value
 * fits the scale is the record's rule, not the edge's.
 */
@Schema(description = "A value on a named, versioned clinical scale")
public record ScoreInput(
        @NotNull Scale scale,
        @Schema(description = "Version of the scale the value was read on", example = "1") @NotBlank @Size(max = 20)
                String scaleVersion,
        @NotNull BigDecimal value) {

    public Score toScore() {
        return new Score(scale, scaleVersion, value);
    }

    public static Score toScoreOrNull(ScoreInput input) {
        return input == null ? null : input.toScore();
    }
}
