package io.mesorecords.query.history;

import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import java.util.Map;
import java.util.TreeMap;

/**
 * What erasure removes from a recorded fact: name, date of birth, contact and free text. Clinical facts (codes, scores,
 * dates of treatment, lots) stay, de-identified.
 */
final class Redaction {

    static final String ERASED = "[erased]";

    private Redaction() {}

    static PatientEvent redact(PatientEvent event) {
        if (event instanceof PatientRegistered e)
            return new PatientRegistered(e.patientId(), e.clinicId(), null, null, e.sex(), null);
        if (event instanceof MedicalHistoryRecorded e)
            return new MedicalHistoryRecorded(
                    e.patientId(),
                    e.screeningId(),
                    e.screenedOn(),
                    e.pregnant(),
                    e.breastfeeding(),
                    e.allergies(),
                    e.activeInfections(),
                    null,
                    null,
                    e.fitzpatrick(),
                    e.glogau(),
                    null,
                    null);
        if (event instanceof SessionPerformed e)
            return new SessionPerformed(
                    e.patientId(),
                    e.sessionId(),
                    e.courseId(),
                    e.performedAt(),
                    e.practitionerId(),
                    e.technique(),
                    e.products(),
                    e.depthMm(),
                    e.areas(),
                    e.anaesthetic(),
                    e.durationMinutes(),
                    null);
        if (event instanceof SessionCancelled e)
            return new SessionCancelled(e.patientId(), e.sessionId(), e.courseId(), null);
        if (event instanceof ReactionRecorded e)
            return new ReactionRecorded(
                    e.patientId(),
                    e.reactionId(),
                    e.sessionId(),
                    e.courseId(),
                    e.type(),
                    e.grade(),
                    e.serious(),
                    e.area(),
                    e.onsetAt(),
                    null);
        if (event instanceof CourseDiscontinued e)
            return new CourseDiscontinued(
                    e.patientId(), e.courseId(), e.discontinuedOn(), e.reason(), null, e.cancelledSessions());
        if (event instanceof CourseExtended e)
            return new CourseExtended(e.patientId(), e.courseId(), e.additionalSessions(), null);
        if (event instanceof EntryCorrected e)
            return new EntryCorrected(
                    e.patientId(), e.entry(), redactValues(e.entry().type(), e.correctedValues()), e.reason());
        return event;
    }

    /** Corrected values of the patient entry are identifying (a name, a contact); those of clinical entries are not. */
    static Map<String, String> redactValues(EntryType type, Map<String, String> values) {
        if (type != EntryType.PATIENT) {
            return values;
        }
        Map<String, String> redacted = new TreeMap<>();
        values.keySet().forEach(key -> redacted.put(key, ERASED));
        return redacted;
    }
}
