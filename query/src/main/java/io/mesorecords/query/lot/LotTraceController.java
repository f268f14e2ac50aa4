package io.mesorecords.query.lot;

import io.mesorecords.api.lot.FindLotUsesQuery;
import io.mesorecords.api.lot.LotTrace;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /lots/{lotNumber}/sessions}: every session and patient a lot was used on (empty when never used). */
@RestController
class LotTraceController {

    private final QueryGateway queryGateway;

    LotTraceController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/lots/{lotNumber}/sessions")
    LotTrace sessions(@PathVariable String lotNumber) {
        return queryGateway
                .query(new FindLotUsesQuery(lotNumber), LotTrace.class)
                .join();
    }
}
