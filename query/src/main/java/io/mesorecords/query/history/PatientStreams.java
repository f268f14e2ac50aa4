package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Patients' recorded facts as the event store holds them now, each patient's in their record's order.
 *
 * <p>Several patients at once (a replay, or a batch far behind the store's head, folds the patients it meets from
 * their streams: {@link PatientHistoryProjection}) are read with one query per {@value #PATIENTS_PER_QUERY} patients
 * where the store is Axon's JDBC engine: Axon's {@code EventStore} reads one aggregate at a time, with a second query
 * to find the stream's end, which made a rebuild two round trips per patient (docs/benchmarks.md, round 19; decision
 * 34). The rows are the ones Axon's engine reads for an aggregate, from the table and columns of the default schema the
 * store is created with (the write side's migration), and become messages through Axon's own upcasting and
 * deserialization with the engine's serializer and the configured upcasters, one patient's stream at a time as Axon
 * upcasts them. Elsewhere (Axon Server) each patient is read through the {@code EventStore}.
 */
@Component
class PatientStreams {

    static final int PATIENTS_PER_QUERY = 256;

    /** The default schema, which the write side's migration creates. */
    private static final EventSchema SCHEMA = new EventSchema();

    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final ObjectProvider<org.axonframework.config.Configuration> axonConfiguration;
    private final JdbcClient jdbc;
    private final int patientsPerQuery;

    @Autowired
    PatientStreams(
            EventStore eventStore,
            ObjectProvider<EventStorageEngine> storageEngine,
            ObjectProvider<org.axonframework.config.Configuration> axonConfiguration,
            JdbcClient jdbc) {
        this(eventStore, storageEngine, axonConfiguration, jdbc, PATIENTS_PER_QUERY);
    }

    PatientStreams(
            EventStore eventStore,
            ObjectProvider<EventStorageEngine> storageEngine,
            ObjectProvider<org.axonframework.config.Configuration> axonConfiguration,
            JdbcClient jdbc,
            int patientsPerQuery) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
        this.axonConfiguration = axonConfiguration;
        this.jdbc = jdbc;
        this.patientsPerQuery = patientsPerQuery;
    }

    List<RecordedFact> recorded(PatientId patientId) {
        // From sequence 0 explicitly: readEvents(id) would start from a snapshot, which is not a recorded fact.
        return fromEventStore(patientId, 0);
    }

    private List<RecordedFact> fromEventStore(PatientId patientId, long firstSequence) {
        return eventStore
                .readEvents(patientId.asString(), firstSequence)
                .asStream()
                .map(RecordedFact::of)
                .toList();
    }

    /**
     * Each given patient's facts above the version given for them (-1 for the whole stream); a patient without such
     * events has an empty list.
     */
    Map<PatientId, List<RecordedFact>> recordedAfter(Map<PatientId, Long> versions) {
        Map<PatientId, List<RecordedFact>> recorded = new HashMap<>();
        if (!(storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine engine)) {
            versions.forEach((patientId, version) -> recorded.put(patientId, fromEventStore(patientId, version + 1)));
            return recorded;
        }
        EventUpcaster upcasters = axonConfiguration.getObject().upcasterChain();
        List<PatientId> all = List.copyOf(versions.keySet());
        for (int from = 0; from < all.size(); from += patientsPerQuery) {
            List<PatientId> chunk = all.subList(from, Math.min(all.size(), from + patientsPerQuery));
            Map<String, List<DomainEventData<?>>> rows = rowsOf(chunk);
            for (PatientId patientId : chunk) {
                long after = versions.get(patientId);
                // Only the rows above the version are upcast and deserialized.
                Stream<DomainEventData<?>> stream = rows.getOrDefault(patientId.asString(), List.of()).stream()
                        .filter(row -> row.getSequenceNumber() > after)
                        .sorted(Comparator.comparingLong(DomainEventData::getSequenceNumber));
                recorded.put(
                        patientId,
                        EventStreamUtils.upcastAndDeserializeDomainEvents(
                                        stream, engine.getEventSerializer(), upcasters)
                                .asStream()
                                .map(RecordedFact::of)
                                .toList());
            }
        }
        return recorded;
    }

    private Map<String, List<DomainEventData<?>>> rowsOf(List<PatientId> patientIds) {
        Map<String, List<DomainEventData<?>>> rows = new LinkedHashMap<>();
        // Sorted here, not by the database: a sort of many patients' payloads could spill to disk.
        jdbc.sql("SELECT " + SCHEMA.trackedEventFields() + " FROM " + SCHEMA.domainEventTable() + " WHERE "
                        + SCHEMA.aggregateIdentifierColumn() + " IN (:ids)")
                .param("ids", patientIds.stream().map(PatientId::asString).toList())
                .query((resultSet, row) -> new GenericDomainEventEntry<>(
                        resultSet.getString(SCHEMA.typeColumn()),
                        resultSet.getString(SCHEMA.aggregateIdentifierColumn()),
                        resultSet.getLong(SCHEMA.sequenceNumberColumn()),
                        resultSet.getString(SCHEMA.eventIdentifierColumn()),
                        resultSet.getString(SCHEMA.timestampColumn()),
                        resultSet.getString(SCHEMA.payloadTypeColumn()),
                        resultSet.getString(SCHEMA.payloadRevisionColumn()),
                        resultSet.getBytes(SCHEMA.payloadColumn()),
                        resultSet.getBytes(SCHEMA.metaDataColumn())))
                .list()
                .forEach(entry -> rows.computeIfAbsent(entry.getAggregateIdentifier(), id -> new ArrayList<>())
                        .add(entry));
        return rows;
    }
}
