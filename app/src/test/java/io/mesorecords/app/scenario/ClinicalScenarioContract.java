package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.RecordMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The full clinical scenario over real HTTP on real storage: register, screening, consent, plan a course, five sessions
 * scheduled and performed, a reaction and its resolution, assessments, completion. Every rejected request is shown to
 * write nothing by counting the record's events before and after.
 */
abstract class ClinicalScenarioContract {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    ClinicHttp http;
    final String patient = UUID.randomUUID().toString();
    final String course = UUID.randomUUID().toString();

    @BeforeEach
    void client() {
        http = new ClinicHttp(port);
    }

    @Test
    void aFullCourseIsRecordedAndEveryEventCarriesItsMetadata() {
        ClinicalScenario scenario = new ClinicalScenario();
        scenario.recordFullCourse(http);
        ClinicHttp.Answer completed = scenario.completed;

        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(scenario.patient).asStream().toList();
        // register, screening, 2 consents, plan + 2 baselines, 5 scheduled, 5 performed, reaction, resolution,
        // assessment, completion
        assertThat(events).hasSize(21);
        assertThat(completed.version()).isEqualTo(20);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactlyElementsOf(sequence(21));
        for (DomainEventMessage<?> event : events) {
            assertThat(event.getMetaData())
                    .as(event.getPayloadType().getSimpleName())
                    .containsEntry(RecordMetadata.USER_ID, "dr-jansen")
                    .containsEntry(RecordMetadata.ROLE, "PRACTITIONER")
                    .containsEntry(RecordMetadata.CLINIC_ID, "clinic-amsterdam")
                    .containsKeys(
                            RecordMetadata.CORRELATION_ID, RecordMetadata.CAUSATION_ID, RecordMetadata.RECORDED_AT);
        }
    }

    @Test
    void rejectedRequestsWriteNothing() {
        http.post("/patients", registration(patient));
        http.post(path("/screenings"), screening("VITAMIN_C"));
        long version = http.post(path("/consents"), consent("TREATMENT")).version();

        assertRefusedWithoutEvents(
                () -> http.post(path("/courses"), course(course, "VITAMIN_C")), 422, "contraindication.allergy");
        assertRefusedWithoutEvents(
                () -> http.post(path("/courses"), "{\"plannedOn\":\"2026-09-01\",\"colour\":\"red\"}"),
                400,
                "request.unknown-field");
        assertRefusedWithoutEvents(
                () -> http.post(path("/sessions"), session(UUID.randomUUID().toString(), course, weekly(0))),
                404,
                "course.not-found");
        assertRefusedWithoutEvents(
                () -> http.post("/patients/" + UUID.randomUUID() + "/consents", consent("TREATMENT")),
                404,
                "patient.not-found");
        assertRefusedWithoutEvents(() -> http.post("/patients", registration(patient)), 409, "patient.already-exists");

        http.post(path("/courses"), course(course, "HYALURONIC_ACID"));
        assertRefusedWithoutEvents(
                () -> http.post(path("/consents"), consent("PHOTOGRAPHS"), Map.of("If-Match", "\"" + version + "\"")),
                409,
                "record.version-conflict");
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyIsRecordedOnce() {
        http.post("/patients", registration(patient));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ClinicHttp.Answer first = http.post(path("/consents"), consent("TREATMENT"), key);
        ClinicHttp.Answer retried = http.post(path("/consents"), consent("TREATMENT"), key);

        assertThat(retried.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retried.etag()).isEqualTo(first.etag());
        assertThat(events()).hasSize(2);
    }

    private void assertRefusedWithoutEvents(Supplier<ClinicHttp.Answer> request, int status, String code) {
        int before = events().size();
        ClinicHttp.Answer answer = request.get();
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().path("type").asString()).endsWith(code);
        assertThat(events()).as("events after a refused request (%s)", code).hasSize(before);
    }

    String path(String tail) {
        return "/patients/" + patient + tail;
    }

    List<? extends DomainEventMessage<?>> events() {
        return eventStore.readEvents(patient).asStream().toList();
    }

    static List<Long> sequence(int size) {
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            expected.add(i);
        }
        return expected;
    }
}
