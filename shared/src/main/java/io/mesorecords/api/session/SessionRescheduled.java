package io.mesorecords.api.session;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A booked session was moved. */
@Revision("1")
public record SessionRescheduled(
        PatientId patientId,
        SessionId sessionId,
        CourseId courseId,
        Instant startsAt,
        PractitionerId practitionerId,
        int plannedMinutes)
        implements PatientEvent {}
