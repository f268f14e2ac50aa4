package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.command.CommandServiceApplication;
import io.mesorecords.query.QueryServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** app still runs both sides in one process, and neither service's application class on top of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedApplicationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @Autowired
    ConfigurableApplicationContext app;

    @Test
    void runsBothSides() {
        assertThat(app.containsBean("commandSchema")).isTrue();
        assertThat(app.containsBean("querySchema")).isTrue();
        assertThat(SideBeans.of(app, SideBeans.WRITE_SIDE)).isNotEmpty();
        assertThat(SideBeans.of(app, SideBeans.READ_SIDE)).isNotEmpty();
    }

    @Test
    void leavesTheStandaloneApplicationsOutOfItsScan() {
        assertThat(app.getBeanNamesForType(CommandServiceApplication.class)).isEmpty();
        assertThat(app.getBeanNamesForType(QueryServiceApplication.class)).isEmpty();
    }

    @Test
    void sharesTheSettingsOfEveryProcess() throws Exception {
        assertThat(app.getEnvironment().getProperty("spring.application.name")).isEqualTo("mesorecords");
        StandaloneServicesTest.assertSharedSettings(app);
        StandaloneServicesTest.assertHealthy(app);
    }
}
