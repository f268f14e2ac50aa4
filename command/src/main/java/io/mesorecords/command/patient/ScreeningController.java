package io.mesorecords.command.patient;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ScreeningId;
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
@RequestMapping(path = "/patients/{patientId}/screenings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Screenings", description = "Medical history, skin examination and goals")
class ScreeningController {

    private final PatientRecordCommands commands;

    ScreeningController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a screening", description = "Sends RecordMedicalHistory.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the screening")
    ResponseEntity<Recorded> record(
            @PathVariable UUID patientId,
            @Valid @RequestBody RecordMedicalHistoryRequest request,
            RequestMetadata metadata) {
        ScreeningId screeningId =
                request.screeningId() == null ? ScreeningId.random() : new ScreeningId(request.screeningId());
        long version = commands.send(request.toCommand(new PatientId(patientId), screeningId), metadata);
        URI location = URI.create("/patients/" + patientId + "/screenings/" + screeningId);
        return Recorded.created(location, patientId, screeningId, version);
    }
}
