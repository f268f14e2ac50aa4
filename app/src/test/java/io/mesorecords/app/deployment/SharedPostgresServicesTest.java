package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.app.support.TestPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared-PostgreSQL mode: command and query services configured by SPRING_DATASOURCE_* alone, over one database. */
@RequiresPostgres
class SharedPostgresServicesTest {

    private final TestPostgres.Database database = TestPostgres.freshDatabase();

    private ServiceNodes nodes() {
        return new ServiceNodes(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password());
    }

    @Test
    void commandAndQueryServicesMigrateOneDatabaseStartingTogether() throws Exception {
        // The query node comes up first and waits for the write side's event store (EventStoreReadiness) while the
        // command node starts and migrates it.
        try (ServiceNodes nodes = nodes()) {
            CountDownLatch queryPrepared = new CountDownLatch(1);
            var query = CompletableFuture.supplyAsync(() -> nodes.queryNode(queryPrepared));
            assertThat(queryPrepared.await(60, TimeUnit.SECONDS)).isTrue();
            var command = CompletableFuture.supplyAsync(nodes::commandNode);
            CompletableFuture.allOf(command, query).join();

            JdbcClient jdbc = JdbcClient.create(command.join().getBean(javax.sql.DataSource.class));
            assertThat(appliedMigrations(jdbc, "flyway_command_history")).isPositive();
            assertThat(appliedMigrations(jdbc, "flyway_query_history")).isPositive();
            StandaloneServicesTest.assertHealthy(command.join());
            StandaloneServicesTest.assertHealthy(query.join());
        }
    }

    @Test
    void twoQueryNodesNeverHoldTheSameSegment() {
        EventStoreSchema.migrate(database.url(), database.username(), database.password());
        try (ServiceNodes nodes = nodes()) {
            ConfigurableApplicationContext first = nodes.queryNode();
            ConfigurableApplicationContext second = nodes.queryNode();
            tokens(first).initializeTokenSegments("deployment-probe", 2);

            inTransaction(first, () -> tokens(first).fetchToken("deployment-probe", 0));

            assertThatThrownBy(() -> inTransaction(second, () -> tokens(second).fetchToken("deployment-probe", 0)))
                    .isInstanceOf(UnableToClaimTokenException.class);
            inTransaction(second, () -> tokens(second).fetchToken("deployment-probe", 1));
        }
    }

    private static long appliedMigrations(JdbcClient jdbc, String history) {
        return jdbc.sql("SELECT COUNT(*) FROM \"" + history + "\" WHERE \"success\"")
                .query(Long.class)
                .single();
    }

    private static TokenStore tokens(ConfigurableApplicationContext node) {
        return node.getBean(TokenStore.class);
    }

    private static void inTransaction(ConfigurableApplicationContext node, Runnable work) {
        node.getBean(TransactionManager.class).executeInTransaction(work);
    }
}
