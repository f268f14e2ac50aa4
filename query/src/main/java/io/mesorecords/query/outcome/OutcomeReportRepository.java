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

/**
 * Aggregates the report in SQL over one narrow row per course, whatever the number of courses. On PostgreSQL, when
 * every grouping dimension is single-valued, the cells and the total come from the same two statements (grouping
 * sets) run without parallel workers, which cost more to start than these scans take; otherwise, and on H2, the
 * total reads the cohort again without bridge joins.
 */
class OutcomeReportRepository {

    /** The cells of a report, keyed by their dimension values in grouping order, and the total. */
    record Cells(Map<List<Object>, CellInputs> groups, CellInputs total) {}

    private static final List<Object> TOTAL = List.of("total");

    private final JdbcClient jdbc;
    private final boolean postgres;

    OutcomeReportRepository(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /**
     * Call inside a transaction: PostgreSQL settings are made for it only. The total is always taken over the cohort
     * without bridge joins, so a course with two products counts once in it.
     *
     * <p>On PostgreSQL the report's statements plan without parallel workers and without bitmap scans (decision 31). A
     * report shares the node's cores with the clinic's reads and commands: parallel workers take both of a two-core
     * machine's cores for one report, and made it slower there besides. A report's filters seldom select a small part
     * of the courses (a technique, an indication), and the course rows are in no order of theirs, so a bitmap scan
     * visits nearly every page of the table, row by row: the planner chose one for a technique filter and took twice
     * the time of the sequential scan (185-233 ms against 95-150 ms). An index scan stays open to the planner for a
     * filter that does select few rows.
     */
    Cells cells(List<OutcomeDimension> groupBy, PeriodGranularity period, OutcomeFilter filter) {
        if (postgres) {
            jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
            jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
        }
        ReportSql sql = new ReportSql(groupBy, period, filter, postgres);
        Map<List<Object>, CellInputs> groups = aggregate(sql);
        if (groupBy.isEmpty()) {
            return new Cells(groups, groups.get(List.of()));
        }
        CellInputs total = sql.withTotal()
                ? groups.remove(TOTAL)
                : aggregate(new ReportSql(List.of(), period, filter, false)).get(List.of());
        return new Cells(groups, total);
    }

    private Map<List<Object>, CellInputs> aggregate(ReportSql sql) {
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
        if (dimensions > 0 && hasTotalFlag(rs) && rs.getInt("total_row") != 0) {
            return TOTAL;
        }
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

    private static boolean hasTotalFlag(ResultSet rs) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if ("total_row".equalsIgnoreCase(meta.getColumnLabel(i))) {
                return true;
            }
        }
        return false;
    }
}
