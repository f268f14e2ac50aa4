package io.mesorecords.api.history;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.AssessmentId;
import java.time.Instant;

/** A measured outcome of a course. */
public record AssessmentHistory(
        AssessmentId assessmentId, TimePoint timePoint, Score score, Rater rater, Instant assessedAt) {}
