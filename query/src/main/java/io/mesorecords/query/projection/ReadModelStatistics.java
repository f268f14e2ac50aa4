package io.mesorecords.query.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the database's planner statistics, and on PostgreSQL its dead rows, up to date at once after a rebuild has
 * caught up. A rebuild deletes and rewrites every row of a read model within minutes; autovacuum looks once a minute
 * and then waits for its thresholds, so until it comes round PostgreSQL plans the outcome report with the statistics
 * of the tables before the rebuild and wades through their dead rows: 3.5 s instead of 3 ms for the report's reaction
 * query over 200,000 courses (docs/benchmarks.md, round 4).
 *
 * <p>On PostgreSQL every table of the current schema with rows changed since its last analysis, or with dead rows, is
 * vacuumed and analysed ({@code VACUUM (ANALYZE)}, outside a transaction, as autovacuum would); on H2 the statistics of
 * every table are recomputed ({@code ANALYZE}). Failures are logged, never thrown: autovacuum still comes round.
 */
@Component
public class ReadModelStatistics {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStatistics.class);

    private final DataSource dataSource;
    private volatile Instant lastRefresh;

    ReadModelStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tables refreshed; empty when nothing needed it or the refresh failed. */
    public synchronized List<String> refresh() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                List<String> tables = refresh(connection, statement);
                lastRefresh = Instant.now();
                log.info("Refreshed planner statistics of {} table(s) after a rebuild: {}", tables.size(), tables);
                return tables;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not refresh planner statistics after a rebuild; autovacuum will: {}", e.toString());
            return List.of();
        }
    }

    /** When the statistics were last refreshed, or null. */
    public Instant lastRefresh() {
        return lastRefresh;
    }

    private static List<String> refresh(Connection connection, Statement statement) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equals(product)) {
            statement.execute("ANALYZE");
            return List.of("*");
        }
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT schemaname, relname FROM pg_stat_user_tables"
                + " WHERE schemaname = current_schema() AND (n_mod_since_analyze > 0 OR n_dead_tup > 0)"
                + " ORDER BY relname")) {
            while (rs.next()) {
                tables.add(quoted(rs.getString(1)) + "." + quoted(rs.getString(2)));
            }
        }
        for (String table : tables) {
            statement.execute("VACUUM (ANALYZE) " + table);
        }
        return tables;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
