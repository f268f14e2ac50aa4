package io.mesorecords.api.outcome;

import io.mesorecords.api.common.Immutable;
import java.util.Map;

/**
 * One cell of the report: its value for each grouping dimension (absent when not recorded, e.g. no screening) and its
 * metrics, or none when suppressed as a small cell or as the complement of one.
 */
public record OutcomeGroup(Map<OutcomeDimension, String> key, Suppression suppression, OutcomeMetrics metrics) {

    public enum Suppression {
        /** Shown. */
        NONE,
        /** Fewer distinct patients than the minimum cell size. */
        SMALL_CELL,
        /** Large enough, but hidden so that no suppressed cell can be derived from it by subtraction. */
        COMPLEMENTARY
    }

    public OutcomeGroup {
        key = Immutable.sortedMap(key);
    }

    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }
}
