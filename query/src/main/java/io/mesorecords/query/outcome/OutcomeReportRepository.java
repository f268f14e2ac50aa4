package io.mesorecords.query.outcome;

import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.PeriodGranularity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Aggregates the report in SQL: two statements per grouping, whatever the number of courses. */
class OutcomeReportRepository {

    private final JdbcClient jdbc;

    OutcomeReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cells of the grouping, keyed by their dimension values in grouping order; no grouping gives one cell. */
    Map<List<Object>, CellInputs> cells(
            List<OutcomeDimension> groupBy, PeriodGranularity period, OutcomeFilter filter) {
        ReportSql sql = new ReportSql(groupBy, period, filter);
        Map<List<Object>, CellInputs> cells = new LinkedHashMap<>();
        jdbc.sql(sql.courseMetrics()).params(sql.parameters()).query((RowCallbackHandler)
                rs -> cells.put(key(rs, sql.dimensions()), new CellInputs(rs)));
        jdbc.sql(sql.medianReactionDuration()).params(sql.parameters()).query((RowCallbackHandler) rs -> {
            double seconds = rs.getDouble("median_duration");
            boolean absent = rs.wasNull();
            CellInputs cell = cells.get(key(rs, sql.dimensions()));
            if (!absent && cell != null) {
                cell.medianDurationSeconds(seconds);
            }
        });
        return cells;
    }

    private static List<Object> key(ResultSet rs, int dimensions) throws SQLException {
        List<Object> key = new ArrayList<>(dimensions);
        for (int i = 0; i < dimensions; i++) {
            Object value = rs.getObject("g" + i);
            key.add(
                    value instanceof Number n
                            ? Integer.valueOf(n.intValue())
                            : value == null ? null : value.toString().trim());
        }
        return key;
    }
}
