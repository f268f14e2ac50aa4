package io.mesorecords.platform.storage;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Orders Axon's JDBC and transaction auto-configuration after Spring Boot 4's data source and transaction manager.
 * Axon 4.13 only names Boot 3's classes in its ordering, so on Boot 4 its {@code @ConditionalOnBean(DataSource.class)}
 * is evaluated too early and silently falls back to in-memory token storage and no transactions. Sitting between the
 * two makes the ordering transitive without redefining any bean.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"
        },
        beforeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"
        })
public class AxonJdbcOrdering {}
