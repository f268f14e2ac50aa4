package io.mesorecords.query.outcome;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the outcome report.
 *
 * @param minCellSize the fewest distinct patients a report cell may show (small-cell suppression below it)
 * @param pseudonymSecret the key of the keyed hash that turns record ids into report keys; a deployment sets its own and
 *     keeps it away from analysts, or the keys could be linked back to patient records
 */
@ConfigurationProperties("mesorecords.report")
record OutcomeReportProperties(Integer minCellSize, String pseudonymSecret) {

    static final int DEFAULT_MIN_CELL_SIZE = 11;

    OutcomeReportProperties {
        minCellSize = minCellSize == null ? DEFAULT_MIN_CELL_SIZE : minCellSize;
        if (minCellSize < 1) {
            throw new IllegalArgumentException("mesorecords.report.min-cell-size must be at least 1");
        }
        pseudonymSecret =
                pseudonymSecret == null || pseudonymSecret.isBlank() ? "mesorecords-development-only" : pseudonymSecret;
    }
}
