package io.mesorecords.query.outcome;

import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What the projection has seen of each recent patient's stream, folded in memory, so that planning a course or giving
 * analytics consent need not read the patient's stream back from the event store: the planning facts' sources and
 * whether any earlier event is one the report records. A trail starts at a stream's first event and is used only while
 * it holds every event before the one asked about, with none missing; anything else (a patient first seen mid-stream, a
 * gap, a segment that moved to another node and back, a redelivered batch) falls back to reading the stream. Nothing
 * here is stored, so the report still keeps no date of birth; an erasure drops the patient's trail.
 */
final class PatientTrails {

    /** Everything seen of one patient's stream before sequence number {@code next}. */
    static final class Trail {

        private long next;
        private final PlanningFacts.Sources sources = new PlanningFacts.Sources();
        private boolean recordedBefore;

        PlanningFacts.Sources sources() {
            return sources;
        }

        /** Whether an event before {@code next} is one {@link OutcomeRecorder} records. */
        boolean recordedBefore() {
            return recordedBefore;
        }
    }

    private final int capacity;
    private final Map<String, Trail> trails;

    PatientTrails(int capacity) {
        this.capacity = capacity;
        this.trails = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Trail> eldest) {
                return size() > PatientTrails.this.capacity;
            }
        };
    }

    /** The trail of every event of the patient before {@code sequenceNumber}, if all of them were seen here. */
    synchronized Optional<Trail> before(String patientId, long sequenceNumber) {
        Trail trail = trails.get(patientId);
        return trail != null && trail.next == sequenceNumber ? Optional.of(trail) : Optional.empty();
    }

    /** Folds the event into its patient's trail, once the projection has handled it. */
    synchronized void seen(DomainEventMessage<?> message) {
        String patientId = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        Trail trail = trails.get(patientId);
        if (sequence == 0) {
            trail = new Trail();
            trails.put(patientId, trail);
        } else if (trail == null || sequence < trail.next) {
            return; // not followed from the start, or seen before (a redelivery)
        } else if (sequence > trail.next) {
            trails.remove(patientId); // a gap: events were handled elsewhere
            return;
        }
        Object payload = message.getPayload();
        if (payload instanceof PersonalDataErased) {
            trails.remove(patientId);
            return;
        }
        trail.sources.add(payload);
        trail.recordedBefore |= isRecorded(payload);
        trail.next = sequence + 1;
    }

    synchronized void clear() {
        trails.clear();
    }

    /** The payload types {@link OutcomeRecorder#record} acts on. */
    static boolean isRecorded(Object payload) {
        return payload instanceof CoursePlanned
                || payload instanceof CourseCompleted
                || payload instanceof CourseDiscontinued
                || payload instanceof SessionPerformed
                || payload instanceof ReactionRecorded
                || payload instanceof ReactionResolved
                || payload instanceof AssessmentRecorded
                || payload instanceof EntryCorrected;
    }
}
