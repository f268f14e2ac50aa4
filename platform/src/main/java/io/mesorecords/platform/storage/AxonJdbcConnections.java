package io.mesorecords.platform.storage;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Axon's JDBC components (event store, token store, dead letters) take their connections from the Spring transaction
 * they run in, and give them back the Spring way, once.
 *
 * <p>Axon's auto-configuration wraps this same provider in a {@code UnitOfWorkAwareConnectionProviderWrapper}, which
 * keeps the connection in the unit of work and closes it again when the unit of work is cleaned up. With Spring's
 * transaction manager that is after the transaction has already handed the connection back to the pool, so every
 * command and every projection batch closed its pooled connection twice, the second time while another thread may
 * already be using it. HikariCP keeps the list of a connection's open statements with the pooled connection, and the
 * second close clears it: the list of whichever thread borrowed the connection next. That race broke a command once
 * in a benchmark run (docs/benchmarks.md, round 6; decision 26). Every Axon JDBC operation here runs in a Spring
 * transaction (Axon's own {@code SpringTransactionManager}, ordered in by {@link AxonJdbcOrdering}), so the unit of
 * work has nothing to add.
 */
@AutoConfiguration(
        after = AxonJdbcOrdering.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(SpringDataSourceConnectionProvider.class)
@ConditionalOnBean(DataSource.class)
public class AxonJdbcConnections {

    @Bean
    @ConditionalOnMissingBean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }
}
