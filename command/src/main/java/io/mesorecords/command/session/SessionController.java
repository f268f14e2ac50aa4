package io.mesorecords.command.session;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.RecordNoShow;
import io.mesorecords.command.http.PatientRecordCommands;
import io.mesorecords.command.http.Recorded;
import io.mesorecords.command.http.RequestMetadata;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AllowedRoles({Role.PRACTITIONER, Role.FRONT_DESK})
@RequestMapping(path = "/patients/{patientId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "Booking, moving, calling off and recording sessions")
class SessionController {

    private final PatientRecordCommands commands;

    SessionController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Schedule a session", description = "Sends ScheduleSession.")
    @ApiResponse(responseCode = "201", description = "Scheduled; Location names the session")
    ResponseEntity<Recorded> schedule(
            @PathVariable UUID patientId,
            @Valid @RequestBody ScheduleSessionRequest request,
            RequestMetadata metadata) {
        SessionId sessionId = request.sessionId() == null ? SessionId.random() : new SessionId(request.sessionId());
        long version = commands.send(request.toCommand(new PatientId(patientId), sessionId), metadata);
        URI location = URI.create("/patients/" + patientId + "/sessions/" + sessionId);
        return Recorded.created(location, patientId, sessionId, version);
    }

    @PostMapping(path = "/{sessionId}/rescheduling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reschedule a session", description = "Sends RescheduleSession.")
    @ApiResponse(responseCode = "200", description = "Rescheduling recorded")
    ResponseEntity<Recorded> reschedule(
            @PathVariable UUID patientId,
            @PathVariable UUID sessionId,
            @Valid @RequestBody RescheduleSessionRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new SessionId(sessionId)), metadata);
        return Recorded.changed(patientId, sessionId, version);
    }

    @PostMapping(path = "/{sessionId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a session", description = "Sends CancelSession.")
    @ApiResponse(responseCode = "200", description = "Cancellation recorded")
    ResponseEntity<Recorded> cancel(
            @PathVariable UUID patientId,
            @PathVariable UUID sessionId,
            @Valid @RequestBody CancelSessionRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new SessionId(sessionId)), metadata);
        return Recorded.changed(patientId, sessionId, version);
    }

    @PostMapping(path = "/{sessionId}/no-show")
    @Operation(summary = "Record a no-show", description = "Sends RecordNoShow; takes no body.")
    @ApiResponse(responseCode = "200", description = "No-show recorded")
    ResponseEntity<Recorded> noShow(
            @PathVariable UUID patientId, @PathVariable UUID sessionId, RequestMetadata metadata) {
        long version = commands.send(new RecordNoShow(new PatientId(patientId), new SessionId(sessionId)), metadata);
        return Recorded.changed(patientId, sessionId, version);
    }

    @AllowedRoles(Role.PRACTITIONER)
    @PostMapping(path = "/{sessionId}/performance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a performed session", description = "Sends RecordSessionPerformed.")
    @ApiResponse(responseCode = "200", description = "Performed session recorded")
    ResponseEntity<Recorded> perform(
            @PathVariable UUID patientId,
            @PathVariable UUID sessionId,
            @Valid @RequestBody RecordSessionPerformedRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new SessionId(sessionId)), metadata);
        return Recorded.changed(patientId, sessionId, version);
    }
}
