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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
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

    OutcomeReportProjection(OutcomeRows rows, PatientStream stream, Pseudonyms keys) {
        this.rows = rows;
        this.stream = stream;
        this.keys = keys;
        this.recorder = new OutcomeRecorder(rows, stream, keys);
    }

    @EventHandler
    void on(ConsentRecorded event, DomainEventMessage<ConsentRecorded> message) {
        long patient = keys.patient(event.patientId());
        if (event.scope() != ConsentScope.ANALYTICS || rows.includes(patient)) {
            return;
        }
        rows.include(patient);
        rebuild(event, message.getSequenceNumber());
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        if (event.scope() == ConsentScope.ANALYTICS) {
            rows.forget(keys.patient(event.patientId()));
        }
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
    }

    private void whenIncluded(PatientEvent event, DomainEventMessage<?> message) {
        if (rows.includes(keys.patient(event.patientId()))) {
            recorder.record(message);
        }
    }

    /** Replays the patient's events before {@code before}, in recorded order. */
    private void rebuild(PatientEvent trigger, long before) {
        for (DomainEventMessage<?> earlier : stream.upTo(trigger.patientId().asString(), before - 1)) {
            recorder.record(earlier);
        }
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
