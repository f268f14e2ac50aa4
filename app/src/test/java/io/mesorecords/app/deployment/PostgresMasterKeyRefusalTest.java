package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.app.MesoRecordsApplication;
import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.app.support.TestPostgres;
import io.mesorecords.platform.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** On PostgreSQL the backend refuses to start without a configured master key, and says what to set. */
@RequiresPostgres
class PostgresMasterKeyRefusalTest {

    @Test
    void postgresRefusesToStartWithoutAMasterKey() {
        TestPostgres.Database database = TestPostgres.freshDatabase();

        assertThatThrownBy(() -> new SpringApplicationBuilder(MesoRecordsApplication.class)
                        .run(
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.username(),
                                "--spring.datasource.password=" + database.password(),
                                "--server.port=0",
                                "--spring.main.banner-mode=off",
                                // A shared configuration authenticates against an authorization server, not the
                                // development sign-in.
                                "--" + TestTokens.propertyPairs()[0],
                                "--" + TestTokens.propertyPairs()[1])
                        .close())
                .hasStackTraceContaining("No master key for personal data")
                .hasStackTraceContaining("MESORECORDS_PRIVACY_MASTER_KEY");
    }
}
