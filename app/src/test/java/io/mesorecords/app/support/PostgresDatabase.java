package io.mesorecords.app.support;

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
    }
}
