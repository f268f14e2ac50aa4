package io.mesorecords.command.session;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.RescheduleSession;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** Moves a booked session. */
record RescheduleSessionRequest(
        @NotNull Instant startsAt,
        @NotNull @Pattern(regexp = SessionInputs.PRACTITIONER_ID) String practitionerId,
        @NotNull @Min(1) @Max(SessionInputs.MAX_MINUTES) Integer plannedMinutes) {

    RescheduleSession toCommand(PatientId patientId, SessionId sessionId) {
        return new RescheduleSession(patientId, sessionId, startsAt, PractitionerId.of(practitionerId), plannedMinutes);
    }
}
