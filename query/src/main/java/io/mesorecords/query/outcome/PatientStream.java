package io.mesorecords.query.outcome;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a patient's own events back from the event store. The report needs facts it must not keep (the date of birth
 * for the age band) and must rebuild a patient's rows when analytics consent is given.
 */
class PatientStream {

    private final EventStore eventStore;

    PatientStream(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The patient's events up to and including the given sequence number, in recorded order. */
    List<DomainEventMessage<?>> upTo(String patientId, long lastSequenceNumber) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // From sequence 0, never from a snapshot: the report folds events, not aggregate state.
        DomainEventStream stream = eventStore.readEvents(patientId, 0L);
        while (stream.hasNext() && stream.peek().getSequenceNumber() <= lastSequenceNumber) {
            events.add(stream.next());
        }
        return events;
    }
}
