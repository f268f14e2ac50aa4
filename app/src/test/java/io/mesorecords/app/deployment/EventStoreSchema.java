package io.mesorecords.app.deployment;

import org.flywaydb.core.Flyway;

/**
 * Creates the event store as the write side would, for tests that start query nodes without a command node: on a
 * shared database the write side owns those tables, and query nodes wait for them before they start their processors.
 */
final class EventStoreSchema {

    private EventStoreSchema() {}

    static void migrate(String url, String user, String password) {
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/command/" + vendor)
                .table("flyway_command_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
