package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.command.CommandServiceApplication;
import io.mesorecords.privacy.MasterKey;
import io.mesorecords.privacy.MasterKeys;
import io.mesorecords.query.QueryServiceApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void generatesItsMasterKeyOnceBesideTheDatabaseFilesForItsOwnerOnly() throws Exception {
        Path keyFile = Path.of(app.getEnvironment().getProperty("mesorecords.data-dir"), "mesorecords.master-key");

        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(MasterKey.ofBase64(Files.readString(keyFile)).id())
                .isEqualTo(app.getBean(MasterKeys.class).activeId());
    }

    @Test
    void sharesTheSettingsOfEveryProcess() throws Exception {
        assertThat(app.getEnvironment().getProperty("spring.application.name")).isEqualTo("mesorecords");
        StandaloneServicesTest.assertSharedSettings(app);
        StandaloneServicesTest.assertHealthy(app);
    }
}
