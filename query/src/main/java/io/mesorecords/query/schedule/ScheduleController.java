package io.mesorecords.query.schedule;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.schedule.FindScheduleQuery;
import io.mesorecords.api.schedule.Schedule;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.mesorecords.query.http.ClinicAccess;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /schedule?clinicId=&day=[&practitionerId=]}: a clinic's booked sessions on a day in the clinic's zone; for
 * members of that clinic only.
 */
@RestController
@AllowedRoles({Role.PRACTITIONER, Role.FRONT_DESK})
class ScheduleController {

    private final QueryGateway queryGateway;
    private final ZoneId zone;

    ScheduleController(QueryGateway queryGateway, @Value("${mesorecords.schedule.zone:UTC}") ZoneId zone) {
        this.queryGateway = queryGateway;
        this.zone = zone;
    }

    @GetMapping("/schedule")
    Schedule schedule(
            @RequestParam ClinicId clinicId,
            @RequestParam(required = false) PractitionerId practitionerId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        ClinicAccess.requireMember(Actor.required(), clinicId);
        var query = new FindScheduleQuery(
                clinicId,
                practitionerId,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        return queryGateway.query(query, Schedule.class).join();
    }
}
