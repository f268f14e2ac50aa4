package io.mesorecords.app.wiring;

import io.mesorecords.app.support.PostgresDatabase;
import io.mesorecords.app.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@RequiresPostgres
class PostgresStorageWiringTest extends StorageWiringContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
