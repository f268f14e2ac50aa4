package io.mesorecords.query.projection;

import io.mesorecords.platform.storage.SqlVendor;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties a projection's tables for a rebuild, in the reset's transaction. On PostgreSQL with {@code TRUNCATE}: the
 * tables start again from empty files, so the rebuilt rows are as compact as new ones and the outcome report's scan
 * reads only them. A {@code DELETE} left the old files at their full size, dead rows and all, for the rebuild to
 * refill (the outcome table of the benchmark's data set grew from 111 to 150 MB over a rebuild; docs/benchmarks.md,
 * round 10). {@code TRUNCATE} is transactional there; it takes the tables' exclusive locks one by one in the order
 * given, each after the running readers of that table have finished. So a caller names first the table its readers
 * read first: a reset holding a table that a reader, holding another, still needs would deadlock with it. While the
 * reset waits, new readers of that table wait behind it; after {@link #LOCK_TIMEOUT} the reset fails instead (and
 * rolls back, leaving every row), so that a long report cannot stall every reader of the table. A transaction that
 * began before the reset commits and first reads one of the tables afterwards finds it empty, as it would a moment
 * later anyway. On H2 {@code TRUNCATE} would commit the open transaction, so the rows are deleted there.
 */
public final class ReadModelTables {

    /** How long a reset waits for the readers of one of its tables (PostgreSQL's {@code lock_timeout}). */
    public static final String LOCK_TIMEOUT = "5s";

    private ReadModelTables() {}

    public static void empty(JdbcTemplate jdbc, String... tables) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                if (SqlVendor.of(connection) == SqlVendor.POSTGRESQL) {
                    statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
                    statement.execute("TRUNCATE TABLE " + String.join(", ", tables));
                } else {
                    for (String table : tables) {
                        statement.execute("DELETE FROM " + table);
                    }
                }
            }
            return null;
        });
    }
}
