package io.mesorecords.query.projection;

import static org.awaitility.Awaitility.await;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.RecordMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Test fixture: appends a patient's events to the event store as the write side would (aggregate id = patient id,
 * sequence = record version, the metadata every event carries, transaction time as the message timestamp), and
 * waits for the projections by awaiting their tokens, never by sleeping.
 */
@Component
public class RecordedEvents {

    public static final String USER = "dr.house";
    public static final String ROLE = "PRACTITIONER";

    private final EventStore eventStore;
    private final ProjectionMonitor monitor;
    private final Map<PatientId, Long> versions = new HashMap<>();

    RecordedEvents(EventStore eventStore, ProjectionMonitor monitor) {
        this.eventStore = eventStore;
        this.monitor = monitor;
    }

    /** Records the events of one patient, each at the given transaction time. Returns the last version. */
    public long record(Instant recordedAt, PatientEvent... events) {
        long version = -1;
        for (PatientEvent event : events) {
            version = versions.merge(event.patientId(), 0L, (v, ignored) -> v + 1);
            Map<String, Object> metaData = Map.of(
                    RecordMetadata.USER_ID,
                    USER,
                    RecordMetadata.ROLE,
                    ROLE,
                    RecordMetadata.CLINIC_ID,
                    "clinic-1",
                    RecordMetadata.CORRELATION_ID,
                    UUID.randomUUID().toString(),
                    RecordMetadata.CAUSATION_ID,
                    UUID.randomUUID().toString(),
                    RecordMetadata.RECORDED_AT,
                    recordedAt.toString());
            eventStore.publish(List.of(new GenericDomainEventMessage<>(
                    "Patient",
                    event.patientId().asString(),
                    version,
                    event,
                    metaData,
                    UUID.randomUUID().toString(),
                    recordedAt)));
        }
        return version;
    }

    /**
     * Waits until every streaming processor has claimed all its segments and each has reached the head of the store. (A replay only ends with
     * the first event past the reset point, so a rebuilt processor at the head still reports that it is replaying.)
     */
    public void awaitProjections() {
        long head = monitor.head();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.statuses().stream()
                    .allMatch(s -> s.running() && s.position() >= head && s.claimedSegments() == s.segments()));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Projections did not reach " + head + ": " + monitor.statuses(), e);
        }
    }
}
