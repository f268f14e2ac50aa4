package io.mesorecords.query.projection;

import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the projections: status, lag and rebuild progress, rebuilds on demand, and segment counts. */
@RestController
@AllowedRoles(Role.ADMINISTRATOR)
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionSegments segments;

    ProjectionAdminController(ProjectionMonitor monitor, ProjectionRebuilds rebuilds, ProjectionSegments segments) {
        this.monitor = monitor;
        this.rebuilds = rebuilds;
        this.segments = segments;
    }

    @GetMapping
    List<ProjectionStatus> statuses() {
        return monitor.statuses();
    }

    @GetMapping("/{name}")
    ProjectionStatus status(@PathVariable String name) {
        return monitor.status(name).orElseThrow(() -> new UnknownProjectionException(name));
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionStatus rebuild(@PathVariable String name) {
        return rebuilds.rebuild(name);
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProjectionStatus> rebuildAll() {
        return rebuilds.rebuildAll();
    }

    /**
     * Divides the tokens of the processor that runs the projection (and the other projections it runs) into the given
     * number of segments, splitting or merging them on the running processor ({@link ProjectionSegments}).
     */
    @PostMapping("/{name}/segments")
    ProjectionStatus segments(@PathVariable String name, @RequestBody(required = false) Map<String, Object> body) {
        // Read as it came: a bound int field would take 2.5 as 2, or "4" as 4.
        if (body == null || !(body.get("segments") instanceof Integer count)) {
            throw new ProjectionSegments.Refused(
                    HttpStatus.BAD_REQUEST,
                    "projection.segments-invalid",
                    "The body names the number of segments as a whole number: {\"segments\": 4}");
        }
        return segments.scale(name, count);
    }

    /** A body that is not JSON, or names the count as anything but a whole number. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The body is not a segment count: {\"segments\": 4}");
        detail.setProperty("code", "projection.segments-invalid");
        return ResponseEntity.badRequest().body(detail);
    }
}
