package io.mesorecords.query.projection;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/projections}: every streaming processor's position, lag and rebuild progress. */
@Component
@Endpoint(id = "projections")
class ProjectionsEndpoint {

    private final ProjectionMonitor monitor;

    ProjectionsEndpoint(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @ReadOperation
    List<ProjectionStatus> projections() {
        return monitor.statuses();
    }
}
