package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Crypto-shredding on real storage, end to end over HTTP: identifying data is stored only as ciphertext; erasing it
 * destroys the patient's key, after which the stored events themselves (not only the read models) yield the clinical
 * facts without it, the history marks what was erased (also as recorded at a moment before the erasure), a rebuild
 * still succeeds, and the record chain, which hashes the stored ciphertext, stays intact.
 */
abstract class PersonalDataErasureContract {

    /** Every identifying value the scenario and its correction record. */
    static final List<String> IDENTIFYING = List.of(
            "Anna",
            "de Vries",
            "1984-05-17",
            "anna@example.org",
            "+31 20 555 0101",
            "fewer fine lines",
            "SPF 50 daily",
            "papules at injection points",
            "small bruise",
            "Anne-Marie",
            "spelling of the given name");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStore eventStore;

    ClinicHttp http;

    @BeforeEach
    void client() {
        http = new ClinicHttp(port);
    }

    @Test
    void storedEventsHoldNoIdentifyingDataInPlainText() {
        ClinicalScenario scenario = recordedWithACorrection();

        String stored = storedPayloads(scenario);

        assertThat(stored).contains("LOT-2026-117", "HAEMATOMA", "\"$encrypted\":\"v1:");
        IDENTIFYING.forEach(value -> assertThat(stored).doesNotContain(value));
        assertThat(keyRow(scenario)).containsEntry("destroyed", false).containsEntry("wrapped", true);
    }

    @Test
    void erasureDestroysTheKeyAndTheStoredEventsReadBackWithoutIdentifyingData() {
        ClinicalScenario scenario = recordedWithACorrection();

        erase(scenario);

        assertThat(keyRow(scenario)).containsEntry("destroyed", true).containsEntry("wrapped", false);
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(scenario.patient, 0).asStream().toList();
        assertThat(events).hasSize(ClinicalScenario.EVENTS + 2);
        PatientRegistered registered = (PatientRegistered) events.get(0).getPayload();
        assertThat(registered.name()).isNull();
        assertThat(registered.dateOfBirth()).isNull();
        assertThat(registered.contact()).isNull();
        assertThat(registered.sex()).isNotNull();
        List<SessionPerformed> performed = events.stream()
                .map(DomainEventMessage::getPayload)
                .filter(SessionPerformed.class::isInstance)
                .map(SessionPerformed.class::cast)
                .toList();
        assertThat(performed).hasSize(5).allSatisfy(session -> {
            assertThat(session.notes()).isNull();
            assertThat(session.products().get(0).lotNumber()).isEqualTo(ClinicalRequests.LOT);
            assertThat(session.depthMm()).isNotNull();
        });
    }

    @Test
    void theHistoryMarksWhatWasErasedAndKeepsTheClinicalFacts() {
        ClinicalScenario scenario = recordedWithACorrection();
        long erasure = erase(scenario);

        JsonNode history = history(scenario, "?minVersion=" + erasure);

        assertErasedHistory(history, ClinicalScenario.EVENTS + 1);
    }

    @Test
    void theHistoryAsRecordedBeforeTheErasureShowsNoIdentifyingDataEither() {
        ClinicalScenario scenario = recordedWithACorrection();
        Instant beforeErasure = Instant.now();
        erase(scenario);

        JsonNode asOf = history(scenario, "?asOf=" + beforeErasure);

        assertErasedHistory(asOf, ClinicalScenario.EVENTS);
    }

    @Test
    void theRecordChainStaysIntactAfterErasure() {
        ClinicalScenario scenario = recordedWithACorrection();
        erase(scenario);

        JsonNode report = http.as(Role.AUDITOR).get(scenario.path("/integrity")).body();

        assertThat(report.path("status").asString()).isEqualTo("INTACT");
        assertThat(report.path("verifiedEntries").asLong()).isEqualTo(ClinicalScenario.EVENTS + 2);
    }

    @Test
    void aRebuildAfterErasureSucceedsAndShowsTheClinicalFactsWithErasedMarkers() {
        ClinicalScenario scenario = recordedWithACorrection();
        long erasure = erase(scenario);
        history(scenario, "?minVersion=" + erasure);

        ClinicHttp.Answer rebuild = http.as(Role.ADMINISTRATOR).post("/admin/projections/rebuild", Map.of());
        assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
        awaitProjectionsCaughtUp();

        assertErasedHistory(history(scenario, "?minVersion=" + erasure), ClinicalScenario.EVENTS + 1);
        JsonNode uses =
                http.get("/lots/" + ClinicalRequests.LOT + "/sessions").body().path("uses");
        List<JsonNode> ofPatient = StreamSupport.stream(uses.spliterator(), false)
                .filter(use -> use.path("patientId").asString().equals(scenario.patient))
                .toList();
        assertThat(ofPatient).hasSize(5);
        IDENTIFYING.forEach(value -> assertThat(ofPatient.toString()).doesNotContain(value));
    }

    @Test
    void nothingIdentifyingCanBeRecordedAfterErasure() {
        ClinicalScenario scenario = recordedWithACorrection();
        erase(scenario);

        ClinicHttp.Answer correction = http.post(scenario.path("/corrections"), nameCorrection(scenario));

        assertThat(correction.status()).as("%s", correction).isEqualTo(409);
        assertThat(correction.code()).isEqualTo("patient.erased");
        assertThat(keyRow(scenario)).containsEntry("destroyed", true);
    }

    @Test
    void anErasedPatientsIdCannotBeRegisteredAgain() {
        ClinicalScenario scenario = recordedWithACorrection();
        erase(scenario);

        // The destroyed key refuses the new record's personal data before the stream's unique key is reached.
        ClinicHttp.Answer again = http.post("/patients", ClinicalRequests.registration(scenario.patientId()));

        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.code()).isEqualTo("patient.already-exists");
        assertThat(keyRow(scenario)).containsEntry("destroyed", true);
    }

    private void assertErasedHistory(JsonNode history, int timelineEntries) {
        assertThat(history.path("summary").path("personalDataErased").asBoolean())
                .isTrue();
        assertThat(absent(history.path("summary").path("name"))).isTrue();
        assertThat(absent(history.path("summary").path("dateOfBirth"))).isTrue();
        assertThat(history.path("summary").path("sex").asString()).isEqualTo("FEMALE");
        IDENTIFYING.forEach(value -> assertThat(history.toString()).doesNotContain(value));
        JsonNode timeline = history.path("timeline");
        assertThat(timeline).hasSize(timelineEntries);
        JsonNode registration = entry(timeline, "PatientRegistered");
        assertThat(registration.path("erasedFields"))
                .extracting(JsonNode::asString)
                .containsExactly("name", "dateOfBirth", "contact");
        assertThat(absent(registration.path("fact").path("name"))).isTrue();
        JsonNode correction = registration.path("corrections").get(0);
        assertThat(correction.path("correctedValues").path("givenName").asString())
                .isEqualTo("[erased]");
        assertThat(correction.path("reason").asString()).isEqualTo("[erased]");
        JsonNode performed = entry(timeline, "SessionPerformed");
        assertThat(performed.path("erasedFields"))
                .extracting(JsonNode::asString)
                .containsExactly("notes");
        assertThat(performed
                        .path("fact")
                        .path("products")
                        .get(0)
                        .path("lotNumber")
                        .asString())
                .isEqualTo(ClinicalRequests.LOT);
        JsonNode course = history.path("summary").path("courses").get(0);
        assertThat(course.path("sessions")).hasSize(5);
        assertThat(course.path("reactions").get(0).path("type").asString()).isEqualTo("HAEMATOMA");
        assertThat(course.path("status").asString()).isEqualTo("COMPLETED");
    }

    private static boolean absent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.path("type").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + timeline));
    }

    private ClinicalScenario recordedWithACorrection() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        ClinicHttp.Answer corrected = http.post(scenario.path("/corrections"), nameCorrection(scenario));
        assertThat(corrected.status()).as("%s", corrected).isIn(200, 201);
        return scenario;
    }

    private static Map<String, Object> nameCorrection(ClinicalScenario scenario) {
        return json(
                "entry",
                json("type", "PATIENT", "id", scenario.patient),
                "correctedValues",
                json("givenName", "Anne-Marie"),
                "reason",
                "spelling of the given name");
    }

    private long erase(ClinicalScenario scenario) {
        ClinicHttp.Answer erased = http.as(Role.ADMINISTRATOR)
                .post(
                        scenario.path("/erasure"),
                        json("administratorOverride", true, "overrideReason", "court order 2026/117"));
        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        return erased.version();
    }

    private JsonNode history(ClinicalScenario scenario, String query) {
        ClinicHttp.Answer answer = http.get(scenario.path("/history" + query));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    private String storedPayloads(ClinicalScenario scenario) {
        return String.join(
                "\n",
                JdbcClient.create(dataSource)
                        .sql(
                                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")
                        .param(scenario.patient)
                        .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
                        .list());
    }

    private Map<String, Object> keyRow(ClinicalScenario scenario) {
        return JdbcClient.create(dataSource)
                .sql("SELECT wrapped_key, destroyed_at FROM personal_data_key WHERE subject_id = ?")
                .param(scenario.patient)
                .query((rs, row) -> Map.<String, Object>of(
                        "wrapped", rs.getBytes(1) != null, "destroyed", rs.getTimestamp(2) != null))
                .single();
    }

    private void awaitProjectionsCaughtUp() {
        http.awaitProjectionsCaughtUp(Duration.ofSeconds(60));
    }
}
