package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mesorecords.app.support.EmbeddedDatabase;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Long patient streams are loaded from a snapshot: with a low threshold, a full course leaves snapshots behind, and a
 * record loaded from one (the aggregate cache emptied) still decides exactly as before.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mesorecords.snapshots.threshold=5")
class SnapshotLoadingTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("patientRecordCache")
    Cache patientRecordCache;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @Test
    void aRecordLoadedFromItsSnapshotStillKnowsItsCourse() {
        ClinicHttp http = new ClinicHttp(port);
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // Snapshots are taken after the unit of work commits; wait for the one covering most of the stream.
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("SELECT MAX(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")
                                        .param(scenario.patient)
                                        .query(Long.class)
                                        .optional()
                                        .orElse(-1L)
                                >= 15);

        // Axon falls back to the full stream when a snapshot cannot be read, which would hide a broken snapshot. Take
        // away the events the snapshot covers: from here on the record can only be loaded from its snapshot.
        long covered = jdbc.sql("SELECT MAX(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")
                .param(scenario.patient)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber <= ?")
                .param(scenario.patient)
                .param(covered)
                .update();
        patientRecordCache.removeAll();

        ClinicHttp.Answer closed = http.post(
                scenario.path("/sessions"), session(UUID.randomUUID().toString(), scenario.course, weekly(10)));
        assertThat(closed.status()).as("%s", closed).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("course.closed");
        ClinicHttp.Answer followUp =
                http.post(scenario.path("/assessments"), assessment(scenario.course, 5, "WSRS", 2));
        assertThat(followUp.status()).as("%s", followUp).isEqualTo(201);
        assertThat(followUp.version()).isEqualTo(ClinicalScenario.EVENTS);
    }
}
