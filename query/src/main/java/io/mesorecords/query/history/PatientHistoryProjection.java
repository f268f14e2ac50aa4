package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.BatchBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps one precomputed history per patient. Handlers only collect; before the batch commits, each touched patient's
 * document is loaded once, folded with {@link HistoryFold} and written once. The fold skips facts at or below the
 * stored version, so a redelivered batch changes nothing. A history the repository still holds in memory at its stored
 * version is not read and parsed again.
 *
 * <p>In a replay (a rebuild) the first batch that meets a patient without a history folds the patient's whole stream
 * as the event store holds it then, so the document is written once, not once for every batch that holds one of the
 * patient's events: in a clinic's store a patient's events lie months apart, between everyone else's, and a rebuild
 * rewrote every document about as many times as it has entries (docs/benchmarks.md, round 15). The replay's later
 * facts of that patient are at or below the version written and only have their versions compared. Events recorded
 * after the store was read are delivered later, above that version, as in live use. A folded document is not kept in
 * memory: the replay does not read it again.
 */
@Component
@ProcessingGroup(PatientHistoryProjection.GROUP)
class PatientHistoryProjection {

    static final String GROUP = "patient-history";

    private final HistoryRepository repository;
    private final PatientStreams streams;
    private final AppliedVersions appliedVersions;

    PatientHistoryProjection(HistoryRepository repository, PatientStreams streams, AppliedVersions appliedVersions) {
        this.repository = repository;
        this.streams = streams;
        this.appliedVersions = appliedVersions;
    }

    /**
     * An event as the processor delivered it, in a replay or not. It becomes a {@link RecordedFact} (which reads the
     * message's metadata) only when it is folded: a replay folds most of a patient's events from the stream and only
     * compares the versions of the rest.
     */
    private record Delivered(PatientEvent event, DomainEventMessage<?> message, boolean replay) {
        PatientId patientId() {
            return event.patientId();
        }

        long sequence() {
            return message.getSequenceNumber();
        }
    }

    @EventHandler
    void on(PatientEvent event, DomainEventMessage<?> message, ReplayStatus status) {
        BatchBuffer.<Delivered>current(GROUP, this::write, this::announce)
                .add(new Delivered(event, message, status.isReplay()));
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }

    private void write(List<Delivered> delivered) {
        Map<PatientId, List<Delivered>> byPatient = new LinkedHashMap<>();
        Set<PatientId> replayed = new HashSet<>();
        delivered.forEach(d -> {
            PatientId patientId = d.patientId();
            byPatient.computeIfAbsent(patientId, id -> new ArrayList<>()).add(d);
            if (d.replay()) {
                replayed.add(patientId);
            }
        });
        // Replayed patients without a history are folded from their streams; those whose history is at or above every
        // fact the batch has of them were folded so by an earlier batch of the replay, and are neither read nor
        // written.
        Set<PatientId> fromStream = new HashSet<>();
        if (!replayed.isEmpty()) {
            Map<PatientId, Long> versions = repository.versions(replayed);
            for (PatientId patientId : replayed) {
                Long version = versions.get(patientId);
                if (version == null) {
                    fromStream.add(patientId);
                } else if (byPatient.get(patientId).stream().allMatch(d -> d.sequence() <= version)) {
                    byPatient.remove(patientId);
                }
            }
        }
        Set<PatientId> toLoad = new HashSet<>(byPatient.keySet());
        toLoad.removeAll(fromStream);
        Map<PatientId, PatientHistory> stored = toLoad.isEmpty() ? Map.of() : repository.load(toLoad);
        List<PatientHistory> inserts = new ArrayList<>();
        List<PatientHistory> folded = new ArrayList<>();
        List<PatientHistory> updates = new ArrayList<>();
        byPatient.forEach((patientId, patientEvents) -> {
            PatientHistory before = stored.get(patientId);
            boolean wholeStream = fromStream.contains(patientId);
            PatientHistory start =
                    wholeStream ? HistoryFold.fold(patientId, null, streams.recorded(patientId)) : before;
            // The fold skips facts at or below the version it starts from (whatever of the batch's events the stream
            // already held): only the others are made facts.
            long foldedUpTo = start == null ? -1 : start.version();
            List<RecordedFact> facts = patientEvents.stream()
                    .filter(d -> d.sequence() > foldedUpTo)
                    .map(d -> RecordedFact.of(d.message()))
                    .toList();
            PatientHistory after = HistoryFold.fold(patientId, start, facts);
            if (wholeStream) {
                folded.add(after);
            } else if (before == null) {
                inserts.add(after);
            } else if (after.version() != before.version()) {
                updates.add(after);
            }
        });
        repository.insert(inserts);
        repository.insertOnce(folded);
        repository.update(updates);
        // Cached only once committed: a batch that rolls back leaves nothing behind that the store does not hold. A
        // replay's folded documents are not cached at all.
        CurrentUnitOfWork.get().root().afterCommit(u -> {
            repository.committed(inserts);
            repository.committed(updates);
        });
    }

    private void announce(List<Delivered> delivered) {
        delivered.forEach(d -> appliedVersions.applied(d.patientId().asString(), d.sequence()));
    }
}
