package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.BatchBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps one precomputed history per patient. Handlers only collect; before the batch commits, each touched patient's
 * document is loaded once, folded with {@link HistoryFold} and written once. The fold skips facts at or below the
 * stored version, so a redelivered batch changes nothing. A history the repository still holds in memory at its stored
 * version is not read and parsed again.
 */
@Component
@ProcessingGroup(PatientHistoryProjection.GROUP)
class PatientHistoryProjection {

    static final String GROUP = "patient-history";

    private final HistoryRepository repository;
    private final AppliedVersions appliedVersions;

    PatientHistoryProjection(HistoryRepository repository, AppliedVersions appliedVersions) {
        this.repository = repository;
        this.appliedVersions = appliedVersions;
    }

    @EventHandler
    void on(PatientEvent event, DomainEventMessage<?> message) {
        BatchBuffer.<RecordedFact>current(GROUP, this::write, this::announce).add(RecordedFact.of(message));
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }

    private void write(List<RecordedFact> facts) {
        Map<PatientId, List<RecordedFact>> byPatient = new LinkedHashMap<>();
        facts.forEach(f -> byPatient
                .computeIfAbsent(f.event().patientId(), id -> new ArrayList<>())
                .add(f));
        Map<PatientId, PatientHistory> stored = repository.load(byPatient.keySet());
        List<PatientHistory> inserts = new ArrayList<>();
        List<PatientHistory> updates = new ArrayList<>();
        byPatient.forEach((patientId, patientFacts) -> {
            PatientHistory before = stored.get(patientId);
            PatientHistory after = HistoryFold.fold(patientId, before, patientFacts);
            if (before == null) {
                inserts.add(after);
            } else if (after.version() != before.version()) {
                updates.add(after);
            }
        });
        repository.insert(inserts);
        repository.update(updates);
        // Cached only once committed: a batch that rolls back leaves nothing behind that the store does not hold.
        CurrentUnitOfWork.get().root().afterCommit(u -> {
            repository.committed(inserts);
            repository.committed(updates);
        });
    }

    private void announce(List<RecordedFact> facts) {
        facts.forEach(f -> appliedVersions.applied(f.event().patientId().asString(), f.sequence()));
    }
}
