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
        // Outside the embedded default the backend refuses to start without a master key: each test brings its own.
        registry.add("mesorecords.privacy.master-key", () -> MasterKey.random().base64());
    }
}
