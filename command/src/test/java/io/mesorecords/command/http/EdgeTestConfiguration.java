package io.mesorecords.command.http;

import io.mesorecords.platform.storage.SideSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** A fixed clock and an in-memory H2 with the write side's own migrations, for the edge's slice tests. */
@TestConfiguration(proxyBeanMethods = false)
public class EdgeTestConfiguration {

    public static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

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
