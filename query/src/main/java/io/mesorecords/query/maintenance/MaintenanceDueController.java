package io.mesorecords.query.maintenance;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.maintenance.FindMaintenanceDueQuery;
import io.mesorecords.api.maintenance.MaintenanceDue;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.mesorecords.query.http.ClinicAccess;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /maintenance-due?clinicId=}: patients of a clinic due for a maintenance course today; members only. */
@RestController
@AllowedRoles({Role.PRACTITIONER, Role.FRONT_DESK})
class MaintenanceDueController {

    private final QueryGateway queryGateway;
    private final MaintenanceProperties properties;
    private final Clock clock;

    MaintenanceDueController(QueryGateway queryGateway, MaintenanceProperties properties, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.properties = properties;
        // Today is taken at the edge; a Clock bean (tests) wins over the system clock.
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/maintenance-due")
    MaintenanceDue due(@RequestParam ClinicId clinicId) {
        ClinicAccess.requireMember(Actor.required(), clinicId);
        LocalDate today = LocalDate.now(clock);
        var query = new FindMaintenanceDueQuery(
                clinicId, today.minus(properties.dueBefore()), today.minus(properties.dueAfter()));
        return queryGateway.query(query, MaintenanceDue.class).join();
    }
}
