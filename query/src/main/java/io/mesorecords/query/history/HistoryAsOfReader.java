package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.patient.PersonalDataErased;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The history as the record stood at a past moment, folded from the event store (not the projection): every event of
 * the patient whose transaction time is at or before the moment. An erasure recorded later still applies, because
 * erased data must not come back through a look into the past.
 */
@Component
class HistoryAsOfReader {

    private final EventStore eventStore;

    HistoryAsOfReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<PatientHistory> read(PatientId patientId, Instant asOf) {
        List<RecordedFact> facts = new ArrayList<>();
        boolean[] erasedSince = {false};
        // From sequence 0 explicitly: readEvents(id) would start from a snapshot, which is not a recorded fact.
        eventStore.readEvents(patientId.asString(), 0).asStream().forEach(message -> {
            RecordedFact fact = RecordedFact.of(message);
            // Cut on the recording time the timeline shows (captured at the edge when the request arrived), not on the
            // storage timestamp a few milliseconds later: an entry shown as recorded before the moment is in the view.
            if (!fact.recordedAt().isAfter(asOf)) {
                facts.add(fact);
            } else if (fact.event() instanceof PersonalDataErased) {
                erasedSince[0] = true;
            }
        });
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        PatientHistory history = HistoryFold.fold(patientId, null, facts);
        return Optional.of(erasedSince[0] ? HistoryFold.erase(history) : history);
    }
}
