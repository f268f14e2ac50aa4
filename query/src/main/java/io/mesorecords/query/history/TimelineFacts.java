package io.mesorecords.query.history;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** Where a fact sits on the timeline: the entry it belongs to and its clinical (valid) time. */
final class TimelineFacts {

    /** The facts that record an entry, as opposed to changing its state: a correction attaches to one of these. */
    static final Set<Class<?>> RECORDING_FACTS = Set.of(
            PatientRegistered.class,
            MedicalHistoryRecorded.class,
            CoursePlanned.class,
            SessionScheduled.class,
            SessionPerformed.class,
            ReactionRecorded.class,
            AssessmentRecorded.class);

    private TimelineFacts() {}

    static EntryReference entryOf(Object event) {
        if (event instanceof PatientRegistered e) return ref(EntryType.PATIENT, e.patientId());
        if (event instanceof PersonalDataErased e) return ref(EntryType.PATIENT, e.patientId());
        if (event instanceof MedicalHistoryRecorded e) return ref(EntryType.SCREENING, e.screeningId());
        if (event instanceof CoursePlanned e) return ref(EntryType.COURSE, e.courseId());
        if (event instanceof CourseExtended e) return ref(EntryType.COURSE, e.courseId());
        if (event instanceof CourseCompleted e) return ref(EntryType.COURSE, e.courseId());
        if (event instanceof CourseDiscontinued e) return ref(EntryType.COURSE, e.courseId());
        if (event instanceof AssessmentRecorded e) return ref(EntryType.ASSESSMENT, e.assessmentId());
        if (event instanceof SessionScheduled e) return ref(EntryType.SESSION, e.sessionId());
        if (event instanceof SessionRescheduled e) return ref(EntryType.SESSION, e.sessionId());
        if (event instanceof SessionCancelled e) return ref(EntryType.SESSION, e.sessionId());
        if (event instanceof NoShowRecorded e) return ref(EntryType.SESSION, e.sessionId());
        if (event instanceof SessionPerformed e) return ref(EntryType.SESSION, e.sessionId());
        if (event instanceof ReactionRecorded e) return ref(EntryType.REACTION, e.reactionId());
        if (event instanceof ReactionResolved e) return ref(EntryType.REACTION, e.reactionId());
        if (event instanceof EntryCorrected e) return e.entry();
        return null;
    }

    /** Valid time where the fact carries one; a calendar date counts from the start of its day (UTC). */
    static Instant occurredAt(Object event, Instant recordedAt) {
        Instant clinical = clinicalTime(event);
        return clinical == null ? recordedAt : clinical;
    }

    private static Instant clinicalTime(Object event) {
        if (event instanceof MedicalHistoryRecorded e) return startOf(e.screenedOn());
        if (event instanceof ConsentRecorded e) return e.givenAt();
        if (event instanceof ConsentWithdrawn e) return e.withdrawnAt();
        if (event instanceof CoursePlanned e) return startOf(e.plannedOn());
        if (event instanceof CourseCompleted e) return startOf(e.completedOn());
        if (event instanceof CourseDiscontinued e) return startOf(e.discontinuedOn());
        if (event instanceof AssessmentRecorded e) return e.assessedAt();
        if (event instanceof SessionPerformed e) return e.performedAt();
        if (event instanceof ReactionRecorded e) return e.onsetAt();
        if (event instanceof ReactionResolved e) return e.resolvedAt();
        return null;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static EntryReference ref(EntryType type, Object id) {
        return new EntryReference(type, id.toString());
    }
}
