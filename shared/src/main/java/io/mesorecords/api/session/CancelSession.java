package io.mesorecords.api.session;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;

/** Calls off a booked session, for a reason. */
public record CancelSession(PatientId patientId, SessionId sessionId, String reason) implements PatientCommand {}
