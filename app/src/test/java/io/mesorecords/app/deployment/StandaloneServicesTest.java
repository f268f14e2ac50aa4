package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.privacy.PersonalDataSerializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.updates.UpdateChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Each side starts on its own, with its own code only and the settings every process shares. */
class StandaloneServicesTest {

    @TempDir
    Path data;

    @Test
    void theCommandServiceRunsTheWriteSideWithoutAnyProjection() throws Exception {
        try (ServiceNodes nodes = new ServiceNodes(embeddedDatabase("command"))) {
            ConfigurableApplicationContext command = nodes.commandNode();

            assertThat(command.containsBean("commandSchema")).isTrue();
            assertThat(SideBeans.of(command, SideBeans.READ_SIDE)).isEmpty();
            // Its one processor destroys erased patients' keys inside the erasing command's transaction: no projection.
            assertThat(command.getBean(EventProcessingConfiguration.class).eventProcessors())
                    .containsOnlyKeys("personal-data-keys")
                    .allSatisfy(
                            (name, processor) -> assertThat(processor).isInstanceOf(SubscribingEventProcessor.class));
            assertThat(command.getEnvironment().getProperty("spring.application.name"))
                    .isEqualTo("mesorecords-command");
            assertSharedSettings(command);
            assertHealthy(command);
        }
    }

    @Test
    void theQueryServiceRunsTheReadSideWithoutTheAggregate() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("query") + ";MODE=Regular;DB_CLOSE_ON_EXIT=FALSE";
        EventStoreSchema.migrate(url, "sa", "");
        try (ServiceNodes nodes = new ServiceNodes(embeddedDatabase("query"))) {
            ConfigurableApplicationContext query = nodes.queryNode();

            assertThat(query.containsBean("querySchema")).isTrue();
            assertThat(SideBeans.of(query, SideBeans.WRITE_SIDE)).isEmpty();
            assertThat(query.getBeansOfType(Repository.class)).isEmpty();
            assertThat(query.getEnvironment().getProperty("spring.application.name"))
                    .isEqualTo("mesorecords-query");
            assertSharedSettings(query);
            assertHealthy(query);
        }
    }

    private String[] embeddedDatabase(String name) {
        return new String[] {
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve(name) + ";MODE=Regular;DB_CLOSE_ON_EXIT=FALSE",
            "--spring.datasource.username=sa",
            "--spring.datasource.password="
        };
    }

    static void assertSharedSettings(ConfigurableApplicationContext node) {
        assertThat(node.getBean("eventSerializer", Serializer.class)).isInstanceOf(PersonalDataSerializer.class);
        assertThat(node.getBean("messageSerializer", Serializer.class)).isInstanceOf(Jackson3Serializer.class);
        assertThat(node.getBeanProvider(UpdateChecker.class).getIfAvailable()).isNull();
        assertThat(node.getEnvironment().getProperty("axon.update-check.disabled", Boolean.class))
                .isTrue();
    }

    /** What the image's HEALTHCHECK asks. */
    static void assertHealthy(ConfigurableApplicationContext node) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + ServiceNodes.port(node) + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
