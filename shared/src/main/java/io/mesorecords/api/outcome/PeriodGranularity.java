package io.mesorecords.api.outcome;

/** How courses are bucketed by the month they were planned in: {@code 2025-03}, {@code 2025-Q1} or {@code 2025}. */
public enum PeriodGranularity {
    MONTH,
    QUARTER,
    YEAR
}
