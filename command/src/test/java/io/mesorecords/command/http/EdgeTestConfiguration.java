package io.mesorecords.command.http;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import io.mesorecords.platform.security.WebSecurity;
import io.mesorecords.platform.storage.SideSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * A fixed clock, an in-memory H2 with the write side's own migrations, and the application's security with tokens of
 * {@link TestTokens}, for the edge's slice tests. Requests carry a practitioner's token of {@link #CLINIC} unless a test
 * sends its own Authorization header.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({WebSecurity.class, TestTokens.Decoder.class})
// Registers the security filter chain at its order in the application (-100), so that filters after it see the user.
@ImportAutoConfiguration(SecurityFilterAutoConfiguration.class)
public class EdgeTestConfiguration {

    public static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    public static final String CLINIC = "dev-clinic";
    public static final String PRACTITIONER = TestTokens.userOf(Role.PRACTITIONER, CLINIC);

    @Bean
    MockMvcBuilderCustomizer practitionerByDefault() {
        return builder -> builder.defaultRequest(
                get("/").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Role.PRACTITIONER, CLINIC)));
    }

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    DataSource commandDatabase() {
        DataSource dataSource = new EmbeddedDatabaseBuilder()
                .setType(EmbeddedDatabaseType.H2)
                .generateUniqueName(true)
                .build();
        migrate(dataSource);
        return dataSource;
    }

    public static void migrate(DataSource dataSource) {
        SideSchema.flyway(dataSource, "command").migrate();
    }
}
