package io.mesorecords.api.outcome;

import io.mesorecords.api.common.Immutable;
import java.util.List;

/**
 * The answer to {@link FindOutcomeReportQuery}: one row per group and the total over every selected course. Cells with
 * fewer than {@code minCellSize} distinct patients, and the cells suppressed to protect them, carry no metrics.
 */
public record OutcomeReport(
        List<OutcomeDimension> groupBy,
        PeriodGranularity period,
        int minCellSize,
        List<OutcomeGroup> groups,
        OutcomeGroup total) {

    public OutcomeReport {
        groupBy = Immutable.list(groupBy);
        groups = Immutable.list(groups);
    }
}
