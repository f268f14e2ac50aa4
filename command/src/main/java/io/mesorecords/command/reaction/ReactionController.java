package io.mesorecords.command.reaction;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
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
@AllowedRoles(Role.PRACTITIONER)
@RequestMapping(path = "/patients/{patientId}/reactions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reactions", description = "Reactions after sessions and how they ended")
class ReactionController {

    private final PatientRecordCommands commands;

    ReactionController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a reaction", description = "Sends RecordReaction.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the reaction")
    ResponseEntity<Recorded> record(
            @PathVariable UUID patientId, @Valid @RequestBody RecordReactionRequest request, RequestMetadata metadata) {
        ReactionId reactionId =
                request.reactionId() == null ? ReactionId.random() : new ReactionId(request.reactionId());
        long version = commands.send(request.toCommand(new PatientId(patientId), reactionId), metadata);
        URI location = URI.create("/patients/" + patientId + "/reactions/" + reactionId);
        return Recorded.created(location, patientId, reactionId, version);
    }

    @PostMapping(path = "/{reactionId}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resolve a reaction", description = "Sends ResolveReaction.")
    @ApiResponse(responseCode = "200", description = "Resolution recorded")
    ResponseEntity<Recorded> resolve(
            @PathVariable UUID patientId,
            @PathVariable UUID reactionId,
            @Valid @RequestBody ResolveReactionRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new ReactionId(reactionId)), metadata);
        return Recorded.changed(patientId, reactionId, version);
    }
}
