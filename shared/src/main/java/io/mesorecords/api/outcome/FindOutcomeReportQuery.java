package io.mesorecords.api.outcome;

import io.mesorecords.api.common.Immutable;
import java.util.List;

/**
 * Asks for the de-identified outcome report: the courses the filter selects, grouped by the listed dimensions (none:
 * one overall group). {@code period} sets the granularity of the {@link OutcomeDimension#PERIOD} dimension.
 */
public record FindOutcomeReportQuery(List<OutcomeDimension> groupBy, PeriodGranularity period, OutcomeFilter filter) {

    public FindOutcomeReportQuery {
        groupBy = Immutable.list(groupBy);
        period = period == null ? PeriodGranularity.MONTH : period;
        filter = filter == null ? OutcomeFilter.none() : filter;
    }
}
