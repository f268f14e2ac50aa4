package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.FindPatientHistoryQuery;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.TimelineEntry;
import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.scenario.FullCourse;
import io.mesorecords.app.support.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.RoutingKey;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Axon Server mode across nodes: two command services and two query services, the event store and the routing of
 * commands, queries and events in Axon Server, tokens and read models in PostgreSQL. Both containers reach every node
 * through {@code @ServiceConnection}: Axon 4.13 ships a {@code ConnectionDetailsFactory} for {@link AxonServerContainer}
 * and Boot one for JDBC containers. They are beans of a parent context shared by the nodes, so stopping one node never
 * stops them.
 *
 * <p>The clinical scenario runs through both command nodes' HTTP APIs in turn and is read back from both query nodes,
 * and from a command node, whose query is answered by a query node: the history crosses the network as a serialized
 * query response.
 */
@RequiresDocker
class AxonServerDeploymentTest {

    static final String AXON_SERVER_IMAGE = "docker.axoniq.io/axoniq/axonserver:2025.2.0";

    private static ConfigurableApplicationContext infrastructure;
    private static ServiceNodes nodes;
    private static List<ConfigurableApplicationContext> commandNodes;
    private static List<ConfigurableApplicationContext> queryNodes;

    @BeforeAll
    static void startDeployment() {
        infrastructure = new SpringApplicationBuilder(Containers.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off");
        nodes = new ServiceNodes(infrastructure, "--spring.profiles.active=axonserver");
        commandNodes = List.of(nodes.commandNode(Probes.Handler.class), nodes.commandNode(Probes.Handler.class));
        queryNodes = List.of(nodes.queryNode(Probes.Projection.class), nodes.queryNode(Probes.Projection.class));
    }

    @AfterAll
    static void stopDeployment() {
        if (nodes != null) {
            nodes.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void eventsAreStoredInAxonServerAndMessagesRoutedThroughIt() {
        for (ConfigurableApplicationContext node : List.of(commandNodes.get(0), queryNodes.get(0))) {
            assertThat(node.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(node.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(node.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(node.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        }
    }

    @Test
    void aCommandSentAnywhereReachesTheNodeOwningItsRoutingKey() {
        String probe = UUID.randomUUID().toString();

        for (ConfigurableApplicationContext sender :
                List.of(queryNodes.get(0), queryNodes.get(1), commandNodes.get(1))) {
            sender.getBean(CommandGateway.class).sendAndWait(new Probes.RecordProbe(probe));
        }

        List<String> handledBy = commandNodes
                .get(0)
                .getBean(EventStore.class)
                .readEvents(probe)
                .asStream()
                .map(event -> ((Probes.ProbeRecorded) event.getPayload()).handledBy())
                .toList();
        assertThat(handledBy).hasSize(3).containsOnly(handledBy.get(0));
    }

    @Test
    void eventsReachTheQueryNodesAndAQuerySentToACommandNodeIsAnsweredByOne() {
        String probe = UUID.randomUUID().toString();
        commandNodes.get(0).getBean(CommandGateway.class).sendAndWait(new Probes.RecordProbe(probe));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(queryNodes.stream()
                        .anyMatch(node -> node.getBean(Probes.Projection.class).seen(probe)))
                .isTrue());
        String answeredBy = commandNodes
                .get(1)
                .getBean(QueryGateway.class)
                .query(new Probes.WhoAnswers(), String.class)
                .join();
        assertThat(answeredBy).startsWith("query-");
    }

    @Test
    void theClinicalScenarioRunsThroughBothCommandNodesAndReadsBackFromBothQueryNodes() {
        List<ClinicHttp> commands = commandNodes.stream()
                .map(node -> new ClinicHttp(ServiceNodes.port(node)))
                .toList();

        FullCourse.Recorded recorded = new FullCourse(commands).record();

        for (ConfigurableApplicationContext node : queryNodes) {
            ClinicHttp queries = new ClinicHttp(ServiceNodes.port(node));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ClinicHttp.Answer history =
                        queries.get("/patients/" + recorded.patientId() + "/history?minVersion=" + recorded.version());
                assertThat(history.status()).as("%s", history).isEqualTo(200);
                assertThat(history.version()).isEqualTo(recorded.version());
                assertThat(history.body().path("timeline").size()).isEqualTo(FullCourse.EVENTS);
            });
        }
        PatientHistory answered = commandNodes
                .get(0)
                .getBean(QueryGateway.class)
                .query(
                        new FindPatientHistoryQuery(PatientId.of(recorded.patientId())),
                        ResponseTypes.optionalInstanceOf(PatientHistory.class))
                .join()
                .orElseThrow();
        assertThat(answered.version()).isEqualTo(recorded.version());
        assertThat(answered.timeline())
                .extracting(entry -> entry.fact().getClass().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(
                        answered.timeline().stream().map(TimelineEntry::type).toList());
    }

    /** Axon Server and PostgreSQL as {@code @ServiceConnection} beans, for every node to inherit. */
    @ImportAutoConfiguration(ServiceConnectionAutoConfiguration.class)
    static class Containers {

        @Bean
        @ServiceConnection
        AxonServerContainer axonServer() {
            return new AxonServerContainer(AXON_SERVER_IMAGE).withDevMode(true);
        }

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer(TestPostgres.POSTGRES_IMAGE);
        }
    }

    /** A message round trip of the test's own, independent of the clinical model. */
    static final class Probes {

        record RecordProbe(@RoutingKey String probeId) {}

        record ProbeRecorded(String probeId, String handledBy) {}

        record WhoAnswers() {}

        static class Handler {

            private final EventStore eventStore;
            private final String node;

            Handler(EventStore eventStore, Environment environment) {
                this.eventStore = eventStore;
                this.node = environment.getRequiredProperty(ServiceNodes.NODE_PROPERTY);
            }

            @CommandHandler
            void handle(RecordProbe command) {
                long next = eventStore
                        .lastSequenceNumberFor(command.probeId())
                        .map(last -> last + 1)
                        .orElse(0L);
                eventStore.publish(new GenericDomainEventMessage<>(
                        "Probe", command.probeId(), next, new ProbeRecorded(command.probeId(), node)));
            }
        }

        static class Projection {

            private final Set<String> seen = ConcurrentHashMap.newKeySet();
            private final String node;

            Projection(Environment environment) {
                this.node = environment.getRequiredProperty(ServiceNodes.NODE_PROPERTY);
            }

            @EventHandler
            void on(ProbeRecorded event) {
                seen.add(event.probeId());
            }

            @QueryHandler
            String handle(WhoAnswers query) {
                return node;
            }

            boolean seen(String probeId) {
                return seen.contains(probeId);
            }
        }
    }
}
