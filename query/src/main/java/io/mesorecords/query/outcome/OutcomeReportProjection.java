package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the de-identified outcome read model. A patient is in it only while their analytics consent stands: consent
 * (re)builds their rows from their own event stream, withdrawal removes every row, past ones included. All other events
 * of patients outside the report are ignored. See docs/outcome-report.md.
 */
@ProcessingGroup(OutcomeReportProjection.PROCESSING_GROUP)
class OutcomeReportProjection {

    static final String PROCESSING_GROUP = "outcome-report";

    private final OutcomeRows rows;
    private final OutcomeRecorder recorder;
    private final PatientStream stream;
    private final Pseudonyms keys;
    private final PatientTrails trails;

    OutcomeReportProjection(OutcomeRows rows, PatientStream stream, Pseudonyms keys, PatientTrails trails) {
        this.rows = rows;
        this.stream = stream;
        this.keys = keys;
        this.trails = trails;
        this.recorder = new OutcomeRecorder(rows, keys);
    }

    @EventHandler
    void on(ConsentRecorded event, DomainEventMessage<ConsentRecorded> message) {
        long patient = keys.patient(event.patientId());
        rows.about(patient);
        if (event.scope() == ConsentScope.ANALYTICS && !rows.includes(patient)) {
            rows.include(patient);
            rebuild(event, message.getSequenceNumber());
        }
        trails.seen(message);
    }

    @EventHandler
    void on(ConsentWithdrawn event, DomainEventMessage<ConsentWithdrawn> message) {
        if (event.scope() == ConsentScope.ANALYTICS) {
            long patient = keys.patient(event.patientId());
            rows.about(patient);
            rows.forget(patient);
        }
        trails.seen(message);
    }

    /** Every other event of a patient only extends the patient's trail. */
    @EventHandler
    void on(PatientEvent event, DomainEventMessage<?> message) {
        trails.seen(message);
    }

    @EventHandler
    void on(CoursePlanned event, DomainEventMessage<CoursePlanned> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(CourseCompleted event, DomainEventMessage<CourseCompleted> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(CourseDiscontinued event, DomainEventMessage<CourseDiscontinued> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(SessionPerformed event, DomainEventMessage<SessionPerformed> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(ReactionRecorded event, DomainEventMessage<ReactionRecorded> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(ReactionResolved event, DomainEventMessage<ReactionResolved> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(AssessmentRecorded event, DomainEventMessage<AssessmentRecorded> message) {
        whenIncluded(event, message);
    }

    @EventHandler
    void on(EntryCorrected event, DomainEventMessage<EntryCorrected> message) {
        whenIncluded(event, message);
    }

    @ResetHandler
    void onReset() {
        rows.clear();
        trails.clear();
    }

    private void whenIncluded(PatientEvent event, DomainEventMessage<?> message) {
        long patient = keys.patient(event.patientId());
        if (rows.includes(patient)) {
            rows.about(patient);
            recorder.record(message, () -> sourcesBefore(message));
        }
        trails.seen(message);
    }

    private PlanningFacts.Sources sourcesBefore(DomainEventMessage<?> message) {
        String patientId = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        return trails.before(patientId, sequence)
                .map(PatientTrails.Trail::sources)
                .orElseGet(() -> {
                    PlanningFacts.Sources read = new PlanningFacts.Sources();
                    stream.upTo(patientId, sequence - 1).forEach(earlier -> read.add(earlier.getPayload()));
                    return read;
                });
    }

    /**
     * Replays the patient's events before {@code before}, in recorded order. Skipped when the patient's trail shows that
     * none of them is one the report records.
     */
    private void rebuild(PatientEvent trigger, long before) {
        String patientId = trigger.patientId().asString();
        if (trails.before(patientId, before).filter(t -> !t.recordedBefore()).isPresent()) {
            return;
        }
        PlanningFacts.Sources sources = new PlanningFacts.Sources();
        for (DomainEventMessage<?> earlier : stream.upTo(patientId, before - 1)) {
            recorder.record(earlier, () -> sources);
            sources.add(earlier.getPayload());
        }
    }

    /** The patients and courses a batch of events is about. */
    static OutcomeRows.Keys keysOf(List<? extends EventMessage<?>> messages, Pseudonyms keys) {
        Set<Long> patients = new HashSet<>();
        Set<Long> courses = new HashSet<>();
        for (EventMessage<?> message : messages) {
            if (!PatientEvent.class.isAssignableFrom(message.getPayloadType())) {
                continue;
            }
            PatientEvent event = (PatientEvent) message.getPayload();
            patients.add(keys.patient(event.patientId()));
            courseOf(event).ifPresent(course -> courses.add(keys.course(course)));
        }
        return new OutcomeRows.Keys(patients, courses);
    }

    private static Optional<Object> courseOf(PatientEvent event) {
        Object course = null;
        if (event instanceof CoursePlanned e) {
            course = e.courseId();
        } else if (event instanceof CourseCompleted e) {
            course = e.courseId();
        } else if (event instanceof CourseDiscontinued e) {
            course = e.courseId();
        } else if (event instanceof SessionPerformed e) {
            course = e.courseId();
        } else if (event instanceof ReactionRecorded e) {
            course = e.courseId();
        } else if (event instanceof AssessmentRecorded e) {
            course = e.courseId();
        }
        return Optional.ofNullable(course);
    }

    /** The time point as one sortable number: baseline, then after session n, then follow-up at n weeks. */
    static int timeRank(TimePoint timePoint) {
        int number = timePoint.number() == null ? 0 : timePoint.number();
        return switch (timePoint.kind()) {
            case BASELINE -> AssessmentSeries.BASELINE_RANK;
            case AFTER_SESSION -> 1_000 + number;
            case FOLLOW_UP_WEEKS -> 100_000 + number;
        };
    }
}
