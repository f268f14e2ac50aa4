package io.mesorecords.command.course;

import io.mesorecords.api.common.CourseId;
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
@RequestMapping(path = "/patients/{patientId}/courses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Courses", description = "Planning, extending and closing treatment courses")
class CourseController {

    private final PatientRecordCommands commands;

    CourseController(PatientRecordCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan a course", description = "Sends PlanCourse.")
    @ApiResponse(responseCode = "201", description = "Planned; Location names the course")
    ResponseEntity<Recorded> plan(
            @PathVariable UUID patientId, @Valid @RequestBody PlanCourseRequest request, RequestMetadata metadata) {
        CourseId courseId = request.courseId() == null ? CourseId.random() : new CourseId(request.courseId());
        long version = commands.send(request.toCommand(new PatientId(patientId), courseId), metadata);
        URI location = URI.create("/patients/" + patientId + "/courses/" + courseId);
        return Recorded.created(location, patientId, courseId, version);
    }

    @PostMapping(path = "/{courseId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend a course", description = "Sends ExtendCourse.")
    @ApiResponse(responseCode = "200", description = "Extension recorded")
    ResponseEntity<Recorded> extend(
            @PathVariable UUID patientId,
            @PathVariable UUID courseId,
            @Valid @RequestBody ExtendCourseRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new CourseId(courseId)), metadata);
        return Recorded.changed(patientId, courseId, version);
    }

    @PostMapping(path = "/{courseId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complete a course", description = "Sends CompleteCourse.")
    @ApiResponse(responseCode = "200", description = "Completion recorded")
    ResponseEntity<Recorded> complete(
            @PathVariable UUID patientId,
            @PathVariable UUID courseId,
            @Valid @RequestBody CompleteCourseRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new CourseId(courseId)), metadata);
        return Recorded.changed(patientId, courseId, version);
    }

    @PostMapping(path = "/{courseId}/discontinuation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Discontinue a course", description = "Sends DiscontinueCourse.")
    @ApiResponse(responseCode = "200", description = "Discontinuation recorded")
    ResponseEntity<Recorded> discontinue(
            @PathVariable UUID patientId,
            @PathVariable UUID courseId,
            @Valid @RequestBody DiscontinueCourseRequest request,
            RequestMetadata metadata) {
        long version = commands.send(request.toCommand(new PatientId(patientId), new CourseId(courseId)), metadata);
        return Recorded.changed(patientId, courseId, version);
    }
}
