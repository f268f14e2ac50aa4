package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientId;
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
@RequestMapping(path = "/patients/{patientId}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consents", description = "Consent to treatment, photographs and de-identified analytics")
class ConsentController {

    private final PatientRecordCommands commands;

    ConsentController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a consent", description = "Sends RecordConsent.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the consent by its scope")
    ResponseEntity<Recorded> give(
            @PathVariable UUID patientId, @Valid @RequestBody RecordConsentRequest request, RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId)), metadata);
        URI location = URI.create("/patients/" + patientId + "/consents/" + request.scope());
        return Recorded.created(location, patientId, request.scope(), version);
    }

    @PostMapping(path = "/{scope}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a consent", description = "Sends WithdrawConsent.")
    @ApiResponse(responseCode = "200", description = "Withdrawal recorded")
    ResponseEntity<Recorded> withdraw(
            @PathVariable UUID patientId,
            @PathVariable ConsentScope scope,
            @Valid @RequestBody WithdrawConsentRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), scope), metadata);
        return Recorded.changed(patientId, scope, version);
    }
}
