package io.mesorecords.command.patient;

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
@RequestMapping(path = "/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patients", description = "Opening, correcting and erasing a patient record")
class PatientController {

    private final PatientRecordCommands commands;

    PatientController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @AllowedRoles({Role.PRACTITIONER, Role.FRONT_DESK})
    @Operation(summary = "Register a patient", description = "Sends RegisterPatient; the record starts at version 0.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the patient record")
    ResponseEntity<Recorded> register(@Valid @RequestBody RegisterPatientRequest request, RequestMetadata metadata) {
        PatientId patientId = request.patientId() == null ? PatientId.random() : new PatientId(request.patientId());
        long version = commands.register(request.toCommand(patientId, metadata), metadata);
        URI location = URI.create("/patients/" + patientId);
        return Recorded.created(location, patientId.value(), patientId, version);
    }

    @AllowedRoles(Role.PRACTITIONER)
    @PostMapping(path = "/{patientId}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct an entry", description = "Sends CorrectEntry; the original entry stays.")
    @ApiResponse(responseCode = "200", description = "Correction recorded")
    ResponseEntity<Recorded> correct(
            @PathVariable UUID patientId, @Valid @RequestBody CorrectEntryRequest request, RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId)), metadata);
        return Recorded.changed(patientId, request.entry().id(), version);
    }

    @AllowedRoles(Role.ADMINISTRATOR)
    @PostMapping(path = "/{patientId}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Erase personal data",
            description = "Sends ErasePersonalData: identifying data becomes unreadable, clinical facts stay.")
    @ApiResponse(responseCode = "200", description = "Personal data erased")
    ResponseEntity<Recorded> erase(
            @PathVariable UUID patientId,
            @Valid @RequestBody ErasePersonalDataRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId)), metadata);
        return Recorded.changed(patientId, patientId, version);
    }
}
