package io.mesorecords.app.wiring;

import io.mesorecords.app.support.EmbeddedDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class EmbeddedStorageWiringTest extends StorageWiringContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
