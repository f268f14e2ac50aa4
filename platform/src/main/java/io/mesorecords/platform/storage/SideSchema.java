package io.mesorecords.platform.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway for one side of the backend: its migrations under {@code db/<side>} (vendor differences as placeholders, see
 * {@link SqlVendor#placeholders()}) and a history table of its own
 * ({@code flyway_<side>_history}), so command and query services migrate one shared database independently and in any
 * order.
 */
public final class SideSchema {

    private SideSchema() {}

    public static Flyway flyway(DataSource dataSource, String side) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + side)
                .placeholders(SqlVendor.of(dataSource).placeholders())
                .table("flyway_" + side + "_history")
                // The other side may have migrated the same schema first: start this history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
