package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.platform.security.Role;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A patient's record chain over HTTP on real storage: an untouched record verifies intact; a stored event changed or
 * deleted behind the backend's back is named by its sequence number. Each test tampers with its own patient only.
 */
abstract class RecordIntegrityContract {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    ClinicHttp http;

    @BeforeEach
    void client() {
        http = new ClinicHttp(port);
    }

    private JsonNode integrityOf(ClinicalScenario scenario) {
        ClinicHttp.Answer answer = http.as(Role.AUDITOR).get(scenario.path("/integrity"));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Test
    void anUntouchedRecordIsIntact() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);

        JsonNode report = integrityOf(scenario);

        assertThat(report.path("status").asString()).isEqualTo("INTACT");
        assertThat(report.path("verifiedEntries").asLong()).isEqualTo(ClinicalScenario.EVENTS);
    }

    @Test
    void aChangedEventIsNamedBySequenceNumber() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        byte[] payload = jdbc().sql("SELECT payload FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ? AND sequenceNumber = 7")
                .param(scenario.patient)
                .query((rs, row) -> rs.getBytes(1))
                .single();
        byte[] altered = new String(payload, StandardCharsets.UTF_8)
                .replaceFirst("\"", "\"tampered\":1,\"")
                .getBytes(StandardCharsets.UTF_8);

        int updated = jdbc().sql("UPDATE DomainEventEntry SET payload = ?"
                        + " WHERE aggregateIdentifier = ? AND sequenceNumber = 7")
                .params(altered, scenario.patient)
                .update();

        assertThat(updated).isEqualTo(1);
        JsonNode report = integrityOf(scenario);
        assertThat(report.path("status").asString()).isEqualTo("BROKEN");
        assertThat(report.path("verifiedEntries").asLong()).isEqualTo(7);
        assertThat(report.path("firstBrokenLink").path("sequenceNumber").asLong())
                .isEqualTo(7);
        assertThat(report.path("firstBrokenLink").path("reason").asString()).isEqualTo("EVENT_ALTERED");
    }

    @Test
    void changedMetadataIsDetectedToo() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        byte[] metaData = jdbc().sql("SELECT metaData FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ? AND sequenceNumber = 3")
                .param(scenario.patient)
                .query((rs, row) -> rs.getBytes(1))
                .single();
        byte[] otherAuthor = new String(metaData, StandardCharsets.UTF_8)
                .replace("dr-jansen", "dr-someone")
                .getBytes(StandardCharsets.UTF_8);

        jdbc().sql("UPDATE DomainEventEntry SET metaData = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 3")
                .params(otherAuthor, scenario.patient)
                .update();

        JsonNode report = integrityOf(scenario);
        assertThat(report.path("firstBrokenLink").path("sequenceNumber").asLong())
                .isEqualTo(3);
        assertThat(report.path("firstBrokenLink").path("reason").asString()).isEqualTo("EVENT_ALTERED");
    }

    @Test
    void aDeletedEventIsNamedBySequenceNumber() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        String eventId = jdbc().sql("SELECT eventIdentifier FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ? AND sequenceNumber = 12")
                .param(scenario.patient)
                .query(String.class)
                .single();

        jdbc().sql("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 12")
                .param(scenario.patient)
                .update();

        JsonNode broken = integrityOf(scenario).path("firstBrokenLink");
        assertThat(broken.path("sequenceNumber").asLong()).isEqualTo(12);
        assertThat(broken.path("eventIdentifier").asString()).isEqualTo(eventId);
        assertThat(broken.path("reason").asString()).isEqualTo("EVENT_MISSING");
    }

    @Test
    void deletingTheLatestEventIsDetected() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        long last = ClinicalScenario.EVENTS - 1;

        jdbc().sql("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?")
                .params(scenario.patient, last)
                .update();

        JsonNode broken = integrityOf(scenario).path("firstBrokenLink");
        assertThat(broken.path("sequenceNumber").asLong()).isEqualTo(last);
        assertThat(broken.path("reason").asString()).isEqualTo("EVENT_MISSING");
    }

    @Test
    void anUnknownPatientIsNotFound() {
        ClinicHttp.Answer answer = http.as(Role.AUDITOR).get("/patients/" + java.util.UUID.randomUUID() + "/integrity");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("code").asString()).isEqualTo("patient.not-found");
    }

    @Test
    void readingTheHistoryLeavesAnIntactAccessLogEntry() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);

        ClinicHttp.Answer history = http.get(scenario.path("/history?minVersion=" + scenario.completed.version()));
        ClinicHttp.Answer log = http.as(Role.AUDITOR).get("/audit/access?patientId=" + scenario.patient);

        assertThat(history.status()).isEqualTo(200);
        assertThat(log.body().path("entries")).hasSize(1);
        assertThat(log.body().path("entries").get(0).path("status").asInt()).isEqualTo(200);
        assertThat(http.as(Role.AUDITOR)
                        .get("/admin/integrity/access-log")
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("INTACT");
    }
}
