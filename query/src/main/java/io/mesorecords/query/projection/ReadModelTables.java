package io.mesorecords.query.projection;

import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties a projection's tables for a rebuild, in the reset's transaction. On PostgreSQL with {@code TRUNCATE}: the
 * tables start again from empty files, so the rebuilt rows are as compact as new ones and the outcome report's scan
 * reads only them. A {@code DELETE} left the old files at their full size, dead rows and all, for the rebuild to
 * refill (the outcome table of the benchmark's data set grew from 111 to 150 MB over a rebuild; docs/benchmarks.md,
 * round 10). {@code TRUNCATE} is transactional there; it waits for readers of the tables to finish, and a transaction
 * that began before it commits and first reads one of them afterwards finds it empty, as it would find it a moment
 * later anyway. On H2 {@code TRUNCATE} would commit the open transaction, so the rows are deleted there.
 */
public final class ReadModelTables {

    private ReadModelTables() {}

    public static void empty(JdbcTemplate jdbc, String... tables) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
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
