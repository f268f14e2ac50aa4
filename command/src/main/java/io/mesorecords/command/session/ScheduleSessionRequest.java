package io.mesorecords.command.session;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.ScheduleSession;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.UUID;

/** Books a session of a course for a practitioner. */
record ScheduleSessionRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID sessionId,
        @NotNull UUID courseId,
        @NotNull Instant startsAt,
        @NotNull @Pattern(regexp = SessionInputs.PRACTITIONER_ID) String practitionerId,
        @NotNull @Min(1) @Max(SessionInputs.MAX_MINUTES) Integer plannedMinutes) {

    ScheduleSession toCommand(PatientId patientId, SessionId id) {
        return new ScheduleSession(
                patientId, id, new CourseId(courseId), startsAt, PractitionerId.of(practitionerId), plannedMinutes);
    }
}
