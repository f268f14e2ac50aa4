package io.mesorecords.query.history;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several patients' streams read at once (one query per chunk of patients on the JDBC store) are exactly what Axon's
 * event store reads for each of them: the same messages, in the same order, with personal data decrypted (or erased)
 * the same way.
 */
@ReadSideTest
class PatientStreamsTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");

    /** Patients per query of {@link #chunked}, so that a few dozen patients take three queries. */
    private static final int PATIENTS_PER_QUERY = 16;

    @Autowired
    RecordedEvents given;

    @Autowired
    PatientStreams streams;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventStore eventStore;

    @Autowired
    ObjectProvider<EventStorageEngine> storageEngines;

    @Autowired
    ObjectProvider<org.axonframework.config.Configuration> axonConfiguration;

    @Autowired
    JdbcClient jdbcClient;

    private PatientStreams chunked;

    @org.junit.jupiter.api.BeforeEach
    void chunked() {
        chunked = new PatientStreams(eventStore, storageEngines, axonConfiguration, jdbcClient, PATIENTS_PER_QUERY);
    }

    @Test
    void patientsReadTogetherAreReadAsTheEventStoreReadsEachOfThem() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        // More patients than two small queries take, their events interleaved in the store as a clinic's are.
        List<PatientId> patients = new ArrayList<>();
        for (int i = 0; i < 2 * PATIENTS_PER_QUERY + 5; i++) {
            patients.add(PatientId.random());
        }
        Map<PatientId, CourseId> courses = new java.util.HashMap<>();
        patients.forEach(p -> {
            courses.put(p, CourseId.random());
            given.record(MONDAY, registered(p, "Ana", "Silva"));
        });
        patients.forEach(p -> given.record(
                MONDAY.plusSeconds(60),
                screenedAllergicTo(p, LocalDate.of(2025, 2, 20), io.mesorecords.api.clinical.Ingredient.VITAMIN_C),
                coursePlanned(p, courses.get(p), LocalDate.of(2025, 3, 3))));
        for (int i = patients.size() - 1; i >= 0; i -= 3) { // 36, 33, ..., 3, 0
            PatientId p = patients.get(i);
            given.record(
                    MONDAY.plusSeconds(120),
                    scheduled(p, courses.get(p), SessionId.random(), Instant.parse("2025-03-10T14:00:00Z")));
        }
        PatientId erased = patients.get(7);
        given.record(MONDAY.plusSeconds(180), new PersonalDataErased(erased, LocalDate.of(2035, 1, 1), true, "asked"));
        PatientId unknown = PatientId.random();
        Map<PatientId, Long> asked = new java.util.LinkedHashMap<>();
        patients.forEach(p -> asked.put(p, -1L));
        asked.put(unknown, -1L);
        // Some from a stored version on: only the events above it.
        asked.put(patients.get(3), 1L);
        asked.put(patients.get(1), 2L);

        Map<PatientId, List<RecordedFact>> together = streams.recordedAfter(asked);
        Map<PatientId, List<RecordedFact>> inSmallQueries = chunked.recordedAfter(asked);

        assertThat(together).hasSize(asked.size());
        assertThat(inSmallQueries).isEqualTo(together);
        asked.forEach((patientId, version) -> assertThat(together.get(patientId))
                .as("patient %s after %s", patientId, version)
                .containsExactlyElementsOf(aboveVersion(streams.recorded(patientId), version)));
        // Every third patient from the last (number 36) down to number 0 has a session scheduled: four events.
        assertThat(together.get(patients.get(3)))
                .extracting(RecordedFact::sequence)
                .containsExactly(2L, 3L);
        assertThat(together.get(patients.get(1))).isEmpty();
        assertThat(together.get(patients.get(0)))
                .extracting(RecordedFact::sequence)
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(together.get(erased)).extracting(RecordedFact::event).last().isInstanceOf(PersonalDataErased.class);
        assertThat(together.get(erased)).hasSize(4);
        assertThat(together.get(unknown)).isEmpty();
    }

    private static List<RecordedFact> aboveVersion(List<RecordedFact> facts, long version) {
        return facts.stream().filter(fact -> fact.sequence() > version).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheJdbcEngineEachPatientIsReadThroughTheEventStore() {
        EventStore axonServer = mock(EventStore.class);
        ObjectProvider<EventStorageEngine> noJdbcEngine = mock(ObjectProvider.class);
        when(noJdbcEngine.getIfAvailable()).thenReturn(null);
        JdbcClient jdbc = mock(JdbcClient.class);
        PatientId first = PatientId.random();
        PatientId second = PatientId.random();
        when(axonServer.readEvents(first.asString(), 0)).thenReturn(DomainEventStream.empty());
        when(axonServer.readEvents(second.asString(), 4)).thenReturn(DomainEventStream.empty());
        PatientStreams axonServerStreams =
                new PatientStreams(axonServer, noJdbcEngine, mock(ObjectProvider.class), jdbc);

        assertThat(axonServerStreams.recordedAfter(Map.of(first, -1L, second, 3L)))
                .isEqualTo(Map.of(first, List.of(), second, List.of()));

        verify(axonServer).readEvents(first.asString(), 0);
        verify(axonServer).readEvents(second.asString(), 4);
        verifyNoInteractions(jdbc);
    }
}
