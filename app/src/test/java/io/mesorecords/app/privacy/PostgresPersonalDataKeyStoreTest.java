package io.mesorecords.app.privacy;

import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.app.support.TestPostgres;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@RequiresPostgres
class PostgresPersonalDataKeyStoreTest extends PersonalDataKeyStoreContract {

    @Override
    DataSource freshDatabase() {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        return new DriverManagerDataSource(database.url(), database.username(), database.password());
    }
}
