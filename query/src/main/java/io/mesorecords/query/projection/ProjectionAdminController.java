package io.mesorecords.query.projection;

import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operators' view of the projections: status, lag and rebuild progress, rebuilds on demand, and segment counts. */
@RestController
@AllowedRoles(Role.ADMINISTRATOR)
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
     * number of segments, splitting or merging them on the running processor ({@link ProjectionSegments}). The body is
     * read here as it came: a bound number would take 2.5 as 2 and "4" as 4.
     */
    @PostMapping("/{name}/segments")
    ProjectionStatus segments(@PathVariable String name, @RequestBody(required = false) String body) {
        JsonNode count;
        try {
            count = body == null ? null : JSON.readTree(body).get("segments");
        } catch (JacksonException notJson) {
            count = null;
        }
        if (count == null || !count.isInt()) {
            throw ProjectionSegments.invalid(
                    "The body names the number of segments as a whole number: {\"segments\": 4}");
        }
        return segments.scale(name, count.intValue());
    }
}
