package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.patient.PersonalDataErased;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The history as the record stood at a past moment, folded from the event store (not the projection): every event of
 * the patient whose transaction time is at or before the moment. An erasure recorded later still applies, because
 * erased data must not come back through a look into the past.
 */
@Component
class HistoryAsOfReader {

    private final PatientStreams streams;

    HistoryAsOfReader(PatientStreams streams) {
        this.streams = streams;
    }

    Optional<PatientHistory> read(PatientId patientId, Instant asOf) {
        List<RecordedFact> facts = new ArrayList<>();
        boolean[] erasedSince = {false};
        streams.recorded(patientId).forEach(fact -> {
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
