package io.mesorecords.command.course;

import io.mesorecords.api.common.AssessmentId;
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
@RequestMapping(path = "/patients/{patientId}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Measured outcomes of a course on clinical scales")
class AssessmentController {

    private final PatientRecordCommands commands;

    AssessmentController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an assessment", description = "Sends RecordAssessment.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the assessment")
    ResponseEntity<Recorded> record(
            @PathVariable UUID patientId,
            @Valid @RequestBody RecordAssessmentRequest request,
            RequestMetadata metadata) {
        AssessmentId assessmentId =
                request.assessmentId() == null ? AssessmentId.random() : new AssessmentId(request.assessmentId());
        long version = commands.send(request.toCommand(new PatientId(patientId), assessmentId), metadata);
        URI location = URI.create("/patients/" + patientId + "/assessments/" + assessmentId);
        return Recorded.created(location, patientId, assessmentId, version);
    }
}
