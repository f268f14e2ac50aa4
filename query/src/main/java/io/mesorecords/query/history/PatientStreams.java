package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A patient's recorded facts as the event store holds them now, in their record's order. */
@Component
class PatientStreams {

    private final EventStore eventStore;

    PatientStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<RecordedFact> recorded(PatientId patientId) {
        // From sequence 0 explicitly: readEvents(id) would start from a snapshot, which is not a recorded fact.
        return eventStore
                .readEvents(patientId.asString(), 0)
                .asStream()
                .map(RecordedFact::of)
                .toList();
    }
}
