package io.mesorecords.command.record;

import static io.mesorecords.command.record.RecordSnapshotTest.aRichHistory;
import static io.mesorecords.command.record.RecordSnapshotTest.sourced;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.platform.storage.SideSchema;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A snapshot of another shape of the record is never restored: the event store, given the snapshot filter that Axon's
 * aggregate configuration derives from {@code @Revision} (as the application's storage engine is), sources the record
 * from its events instead.
 */
class SnapshotRevisionTest {

    private static final String TYPE = "PatientRecord";

    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final Serializer unrevisedSerializer =
            Jackson3Serializer.builder().revisionResolver(payloadType -> null).build();

    private final Configuration axon = DefaultConfigurer.defaultConfiguration()
            .configureAggregate(PatientRecord.class)
            .registerComponent(RecordRules.class, c -> RecordRules.defaults())
            .buildConfiguration();

    // The application's own event-store schema, in an in-memory database of this test's own.
    private final String database = "jdbc:h2:mem:snapshots-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private JdbcEventStorageEngine store;
    private EmbeddedEventStore eventStore;

    private JdbcEventStorageEngine engineWriting(Serializer snapshotSerializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(() -> DriverManager.getConnection(database))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .build();
    }

    @BeforeEach
    void storeTheHistory() throws SQLException {
        SideSchema.flyway(new DriverManagerDataSource(database), "command").migrate();
        store = engineWriting(serializer);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object event : aRichHistory()) {
            events.add(new GenericDomainEventMessage<>(TYPE, PATIENT.toString(), events.size(), event));
        }
        store.appendEvents(events);
        eventStore = EmbeddedEventStore.builder().storageEngine(store).build();
    }

    @AfterEach
    void closeTheEventStore() {
        eventStore.shutDown();
    }

    private DomainEventMessage<PatientRecord> snapshotOfTheWholeHistory() {
        return new GenericDomainEventMessage<>(
                TYPE, PATIENT.toString(), aRichHistory().size() - 1, sourced(aRichHistory()));
    }

    /** What the repository sources the record from: the latest usable snapshot and the events after it. */
    private List<? extends DomainEventMessage<?>> recordStream() {
        return eventStore.readEvents(PATIENT.toString()).asStream().toList();
    }

    @Test
    void restoresTheRecordFromASnapshotOfItsCurrentRevision() {
        store.storeSnapshot(snapshotOfTheWholeHistory());

        assertThat(recordStream()).singleElement().satisfies(message -> assertThat(message.getPayload())
                .isInstanceOf(PatientRecord.class));
    }

    @Test
    void sourcesTheRecordFromItsEventsWhenTheSnapshotHasAnotherRevision() {
        engineWriting(unrevisedSerializer).storeSnapshot(snapshotOfTheWholeHistory());

        List<? extends DomainEventMessage<?>> stream = recordStream();
        assertThat(stream).hasSize(aRichHistory().size());
        assertThat(stream.get(0).getPayload()).isInstanceOf(PatientRegistered.class);
    }

    @Test
    void snapshotsAreWrittenWithTheRecordsRevision() {
        assertThat(serializer.typeForClass(PatientRecord.class).getRevision()).isEqualTo("2");
    }
}
