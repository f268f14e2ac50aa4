package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.BatchBuffer;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>A live batch far behind the store's head ({@link ReadAhead}: a node started on an empty read model, or one that
 * was down for a while) reads ahead in the same way: each of its patients is folded from the stream above the stored
 * version, so the document is written at the stream's head once instead of once for every later batch with one of the
 * patient's events; a history is then ahead of the projection's token, which readers never see: a version, once in a
 * document, stays. The patients of a batch are read together ({@link PatientStreams}).
 */
@Component
@ProcessingGroup(PatientHistoryProjection.GROUP)
class PatientHistoryProjection {

    static final String GROUP = "patient-history";

    private final HistoryRepository repository;
    private final PatientStreams streams;
    private final AppliedVersions appliedVersions;
    private final ReadAhead readAhead;

    PatientHistoryProjection(
            HistoryRepository repository,
            PatientStreams streams,
            AppliedVersions appliedVersions,
            ReadAhead readAhead) {
        this.repository = repository;
        this.streams = streams;
        this.appliedVersions = appliedVersions;
        this.readAhead = readAhead;
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
        // Replayed patients, or every patient of a batch far behind the head, are folded from their streams: those
        // whose history is at or above every fact the batch has of them were folded so by an earlier batch and are
        // neither read nor written; the others are folded from the stream above their stored version (the whole stream
        // where they have no history yet).
        Set<PatientId> readingAhead =
                replayed.isEmpty() && farBehind(delivered) ? Set.copyOf(byPatient.keySet()) : replayed;
        Map<PatientId, Long> streamAfter = new HashMap<>();
        if (!readingAhead.isEmpty()) {
            Map<PatientId, Long> versions = repository.versions(readingAhead);
            for (PatientId patientId : readingAhead) {
                long version = versions.getOrDefault(patientId, -1L);
                if (byPatient.get(patientId).stream().allMatch(d -> d.sequence() <= version)) {
                    byPatient.remove(patientId);
                } else {
                    streamAfter.put(patientId, version);
                }
            }
        }
        Set<PatientId> toLoad = new HashSet<>(byPatient.keySet());
        // Those to be folded from their whole stream have no history to load.
        toLoad.removeIf(patientId -> Long.valueOf(-1).equals(streamAfter.get(patientId)));
        Map<PatientId, PatientHistory> stored = toLoad.isEmpty() ? Map.of() : repository.load(toLoad);
        Map<PatientId, List<RecordedFact>> streamed =
                streamAfter.isEmpty() ? Map.of() : streams.recordedAfter(streamAfter);
        List<PatientHistory> inserts = new ArrayList<>();
        List<PatientHistory> folded = new ArrayList<>();
        List<PatientHistory> updates = new ArrayList<>();
        byPatient.forEach((patientId, patientEvents) -> {
            PatientHistory before = stored.get(patientId);
            List<RecordedFact> ahead = streamed.get(patientId);
            PatientHistory start = ahead == null ? before : HistoryFold.fold(patientId, before, ahead);
            // The fold skips facts at or below the version it starts from (whatever of the batch's events the stream
            // already held): only the others are made facts.
            long foldedUpTo = start == null ? -1 : start.version();
            List<RecordedFact> facts = patientEvents.stream()
                    .filter(d -> d.sequence() > foldedUpTo)
                    .map(d -> RecordedFact.of(d.message()))
                    .toList();
            PatientHistory after = HistoryFold.fold(patientId, start, facts);
            if (before == null && ahead != null) {
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
        // Cached only once committed: a batch that rolls back leaves nothing behind that the store does not hold.
        // Documents folded from whole streams are not cached at all: their later events only have versions compared.
        CurrentUnitOfWork.get().root().afterCommit(u -> {
            repository.committed(inserts);
            repository.committed(updates);
        });
    }

    private boolean farBehind(List<Delivered> delivered) {
        return readAhead.farBehind(delivered.get(delivered.size() - 1).message());
    }

    private void announce(List<Delivered> delivered) {
        delivered.forEach(d -> appliedVersions.applied(d.patientId().asString(), d.sequence()));
    }
}
