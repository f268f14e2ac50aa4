package io.mesorecords.api.schedule;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;

/** One booked session; the patient's name is absent once personal data was erased. */
public record ScheduledSession(
        SessionId sessionId,
        PatientId patientId,
        PersonName patientName,
        CourseId courseId,
        PractitionerId practitionerId,
        Instant startsAt,
        int plannedMinutes) {}
