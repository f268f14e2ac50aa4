package io.mesorecords.app.support;

import io.mesorecords.privacy.MasterKey;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a fresh PostgreSQL database. */
public final class PostgresDatabase {

    private PostgresDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        if (TestPostgres.unavailableReason().isPresent()) {
            return;
        }
        TestPostgres.Database database = TestPostgres.freshDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        // Test contexts stay cached while later classes run, and the server's connections are shared with every other
        // run on it: a cached context gives back what it does not use instead of holding a full pool.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000"); // ms
        // Outside the embedded default the backend refuses to start without a master key: each test brings its own.
        registry.add("mesorecords.privacy.master-key", () -> MasterKey.random().base64());
    }
}
