package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import java.util.Arrays;
import java.util.Optional;

/**
 * The assessed outcomes the report follows from baseline, on the current version of their scale only: an older
 * numbering would not be comparable. Every rater's scores are kept, since a correction may change the rater; only
 * clinician ratings count in the metrics (see {@code OutcomeRows}).
 */
enum Measure {
    WSRS(Scale.WSRS),
    HYDRATION(Scale.HYDRATION),
    /** Cutometer R2, gross elasticity; R0 (firmness) is another quantity and is not mixed in. */
    ELASTICITY(Scale.ELASTICITY_R2);

    private final Scale scale;

    Measure(Scale scale) {
        this.scale = scale;
    }

    Scale scale() {
        return scale;
    }

    static Optional<Measure> of(Score score) {
        if (score == null || !score.isValid()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(m -> m.scale == score.scale()).findFirst();
    }
}
