package io.mesorecords.query.lot;

import io.mesorecords.api.lot.FindLotUsesQuery;
import io.mesorecords.api.lot.LotTrace;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /lots/{lotNumber}/sessions}: every session and patient a lot was used on at the reader's clinics (empty when
 * never used there). Uses at other clinics are left out: their patients are not the reader's to know.
 */
@RestController
@AllowedRoles({Role.PRACTITIONER, Role.AUDITOR})
class LotTraceController {

    private final QueryGateway queryGateway;

    LotTraceController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/lots/{lotNumber}/sessions")
    LotTrace sessions(@PathVariable String lotNumber) {
        Actor reader = Actor.required();
        LotTrace trace = queryGateway
                .query(new FindLotUsesQuery(lotNumber), LotTrace.class)
                .join();
        return new LotTrace(
                trace.lotNumber(),
                trace.uses().stream()
                        .filter(use -> reader.memberOf(use.clinicId().value()))
                        .toList());
    }
}
