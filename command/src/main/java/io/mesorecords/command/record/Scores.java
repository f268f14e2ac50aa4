package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.ASSESSMENT_VALUE_OUTSIDE_SCALE;
import static io.mesorecords.api.common.Rejection.ASSESSMENT_WRONG_SCALE;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;

/** A score is a point of its named, versioned scale, and of the scale the entry asks for. */
final class Scores {

    private Scores() {}

    static void assertValueOnScale(Score score) {
        if (!score.isValid()) {
            throw new RuleViolation(
                    ASSESSMENT_VALUE_OUTSIDE_SCALE,
                    score.value() + " is not a value of " + score.scale() + " version " + score.scaleVersion() + ".");
        }
    }

    /** An optional score (absent is allowed) must be on the expected scale and valid on it. */
    static void assertScoreOn(Scale expected, Score score) {
        if (score == null) {
            return;
        }
        if (score.scale() != expected) {
            throw new RuleViolation(
                    ASSESSMENT_WRONG_SCALE, "Expected a " + expected + " score, got a " + score.scale() + " score.");
        }
        assertValueOnScale(score);
    }
}
