package io.mesorecords.query.projection;

import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the projections: status, lag and rebuild progress, and rebuilds on demand. */
@RestController
@AllowedRoles(Role.ADMINISTRATOR)
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionMonitor monitor, ProjectionRebuilds rebuilds) {
        this.monitor = monitor;
        this.rebuilds = rebuilds;
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
}
