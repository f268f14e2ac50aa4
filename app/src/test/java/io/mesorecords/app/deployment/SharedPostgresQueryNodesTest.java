package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.scenario.FullCourse;
import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.app.support.TestPostgres;
import io.mesorecords.query.projection.Projection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two query services over one PostgreSQL share every processor's segments through the token store. A probe projection,
 * run by a pooled processor like the real ones, writes one row per event it handles in the same transaction as its
 * token: a row too many would be an event projected twice. When a node dies holding claims, the other takes its
 * segments once the claims are older than the claim timeout, and the read models end complete.
 */
@RequiresPostgres
class SharedPostgresQueryNodesTest {

    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    static final int PATIENTS = 6;

    private final TestPostgres.Database database = TestPostgres.freshDatabase();
    private ServiceNodes nodes;
    private ClinicHttp commands;
    private JdbcClient jdbc;

    @BeforeEach
    void startCommandNode() {
        nodes = new ServiceNodes(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms");
        ConfigurableApplicationContext command = nodes.commandNode();
        commands = new ClinicHttp(ServiceNodes.port(command));
        jdbc = JdbcClient.create(command.getBean(DataSource.class));
        jdbc.sql("CREATE TABLE delivery_probe (event_id VARCHAR(255) NOT NULL, node VARCHAR(64) NOT NULL)")
                .update();
    }

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void twoQueryNodesProjectEveryEventExactlyOnceBetweenThem() {
        ConfigurableApplicationContext first = nodes.queryNode(DeliveryProbe.class);
        ConfigurableApplicationContext second = nodes.queryNode(DeliveryProbe.class);

        List<FullCourse.Recorded> recorded = recordCourses(PATIENTS);

        awaitEveryEventProjectedOnce();
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            assertHistoriesComplete(new ClinicHttp(ServiceNodes.port(node)), recorded);
        }
    }

    @Test
    void aQueryNodeTakesOverTheSegmentsOfANodeThatDiedHoldingThem() {
        ConfigurableApplicationContext first = nodes.queryNode(DeliveryProbe.class);
        ConfigurableApplicationContext second = nodes.queryNode(DeliveryProbe.class);
        recordCourses(2);
        awaitEveryEventProjectedOnce();
        ConfigurableApplicationContext holder = owners().contains(nodeId(first)) ? first : second;
        ConfigurableApplicationContext survivor = holder == first ? second : first;

        // A crash, not a shutdown: the node loses its database before it could release its claims.
        holder.getBean(HikariDataSource.class).close();
        holder.close();
        assertThat(owners()).as("claims left by the dead node").contains(nodeId(holder));
        List<FullCourse.Recorded> recorded = recordCourses(PATIENTS);

        await().atMost(CLAIM_TIMEOUT.plusSeconds(25))
                .untilAsserted(() -> assertThat(owners()).containsOnly(nodeId(survivor)));
        awaitEveryEventProjectedOnce();
        assertHistoriesComplete(new ClinicHttp(ServiceNodes.port(survivor)), recorded);
    }

    private List<FullCourse.Recorded> recordCourses(int patients) {
        FullCourse course = new FullCourse(List.of(commands));
        List<FullCourse.Recorded> recorded = new ArrayList<>();
        for (int p = 0; p < patients; p++) {
            recorded.add(course.record());
        }
        return recorded;
    }

    private void awaitEveryEventProjectedOnce() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_probe")
                                .query(Long.class)
                                .single())
                        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry")
                                .query(Long.class)
                                .single()));
        assertThat(jdbc.sql("SELECT event_id FROM delivery_probe GROUP BY event_id HAVING COUNT(*) > 1")
                        .query(String.class)
                        .list())
                .as("events projected twice")
                .isEmpty();
        assertThat(jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry EXCEPT SELECT event_id FROM delivery_probe")
                        .query(String.class)
                        .list())
                .as("events never projected")
                .isEmpty();
    }

    private static void assertHistoriesComplete(ClinicHttp queries, List<FullCourse.Recorded> recorded) {
        for (FullCourse.Recorded course : recorded) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ClinicHttp.Answer history = queries.get("/patients/" + course.patientId() + "/history");
                assertThat(history.status()).as("%s", history).isEqualTo(200);
                assertThat(history.version()).isEqualTo(course.version());
                assertThat(history.body().path("timeline").size()).isEqualTo(FullCourse.EVENTS);
            });
        }
    }

    /** The owners of every claimed segment of every processor. */
    private List<String> owners() {
        return jdbc.sql("SELECT DISTINCT owner FROM TokenEntry WHERE owner IS NOT NULL")
                .query(String.class)
                .list();
    }

    private static String nodeId(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty(ServiceNodes.NODE_PROPERTY);
    }

    /** Records which node handled each event, in the transaction that advances the processor's token. */
    @ProcessingGroup(DeliveryProbe.GROUP)
    static class DeliveryProbe {

        static final String GROUP = "delivery-probe";

        private final JdbcClient jdbc;
        private final String node;

        DeliveryProbe(DataSource dataSource, Environment environment) {
            this.jdbc = JdbcClient.create(dataSource);
            this.node = environment.getRequiredProperty(ServiceNodes.NODE_PROPERTY);
        }

        @EventHandler
        void on(PatientEvent event, EventMessage<?> message) {
            jdbc.sql("INSERT INTO delivery_probe (event_id, node) VALUES (?, ?)")
                    .params(message.getIdentifier(), node)
                    .update();
        }

        @Bean
        static Projection deliveryProbeProjection() {
            return new Projection(GROUP);
        }
    }
}
