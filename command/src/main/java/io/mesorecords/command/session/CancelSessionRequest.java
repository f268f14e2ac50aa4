package io.mesorecords.command.session;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.CancelSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Calls off a booked session, for a reason. */
record CancelSessionRequest(@NotBlank @Size(max = 2000) String reason) {

    CancelSession toCommand(PatientId patientId, SessionId sessionId) {
        return new CancelSession(patientId, sessionId, reason);
    }
}
