package io.mesorecords.app.deployment;

import io.mesorecords.platform.storage.SideSchema;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Creates the event store as the write side would, for tests that start query nodes without a command node: on a
 * shared database the write side owns those tables, and query nodes wait for them before they start their processors.
 */
final class EventStoreSchema {

    private EventStoreSchema() {}

    static void migrate(String url, String user, String password) {
        SideSchema.flyway(new DriverManagerDataSource(url, user, password), "command")
                .migrate();
    }
}
