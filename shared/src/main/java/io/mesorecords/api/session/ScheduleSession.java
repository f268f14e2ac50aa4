package io.mesorecords.api.session;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;

/** Books a session of a course for a practitioner. */
public record ScheduleSession(
        PatientId patientId,
        SessionId sessionId,
        CourseId courseId,
        Instant startsAt,
        PractitionerId practitionerId,
        int plannedMinutes)
        implements PatientCommand {}
