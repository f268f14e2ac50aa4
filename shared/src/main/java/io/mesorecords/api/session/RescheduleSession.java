package io.mesorecords.api.session;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;

/** Moves a booked session. */
public record RescheduleSession(
        PatientId patientId, SessionId sessionId, Instant startsAt, PractitionerId practitionerId, int plannedMinutes)
        implements PatientCommand {}
