package io.mesorecords.platform.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every JDBC batch of inserts into PostgreSQL travels as multi-row {@code INSERT ... VALUES (...), (...)} statements:
 * the driver's {@code reWriteBatchedInserts}, set on the pooled data source unless its URL or its
 * {@code spring.datasource.hikari.data-source-properties} already say either way. A projection batch inserts hundreds
 * of rows of each read model; sent one statement per row, PostgreSQL parses, plans, executes and acknowledges each
 * (docs/benchmarks.md, round 17). The driver only rewrites inserts; updates and single-row statements are unchanged,
 * and nothing here reads a batch's update counts, which the rewrite no longer reports row by row. H2 and data sources
 * that are not HikariCP's are left alone.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(HikariDataSource.class)
public class PostgresBatchedInserts {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Bean
    static BeanPostProcessor postgresBatchedInsertsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari) {
                    apply(hikari);
                }
                return bean;
            }
        };
    }

    /** Turns the rewrite on for a PostgreSQL pool that has not been told otherwise. */
    static void apply(HikariDataSource hikari) {
        String url = hikari.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        boolean inUrl = url.toLowerCase(Locale.ROOT).contains(PROPERTY.toLowerCase(Locale.ROOT) + "=");
        if (!inUrl && !hikari.getDataSourceProperties().containsKey(PROPERTY)) {
            hikari.addDataSourceProperty(PROPERTY, "true");
        }
    }
}
