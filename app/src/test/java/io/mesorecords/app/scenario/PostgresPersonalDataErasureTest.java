package io.mesorecords.app.scenario;

import io.mesorecords.app.support.PostgresDatabase;
import io.mesorecords.app.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// Closed after its tests rather than cached: the multi-node tests that run later need the server's connections.
@RequiresPostgres
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresPersonalDataErasureTest extends PersonalDataErasureContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
