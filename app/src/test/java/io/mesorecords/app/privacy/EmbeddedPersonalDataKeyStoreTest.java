package io.mesorecords.app.privacy;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedPersonalDataKeyStoreTest extends PersonalDataKeyStoreContract {

    @Override
    DataSource freshDatabase() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }
}
