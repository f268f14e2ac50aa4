package io.mesorecords.query.outcome;

import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeReport;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The de-identified outcome report for analysts, as JSON or, on {@code Accept: text/csv}, as CSV. */
@RestController
class OutcomeReportController {

    static final String TEXT_CSV = "text/csv";

    private final QueryGateway queryGateway;

    OutcomeReportController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping(path = "/reports/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
    OutcomeReport report(@RequestParam MultiValueMap<String, String> parameters) {
        return ask(ReportRequest.parse(parameters));
    }

    @GetMapping(path = "/reports/outcomes", produces = TEXT_CSV)
    String reportAsCsv(@RequestParam MultiValueMap<String, String> parameters) {
        return OutcomeReportCsv.write(ask(ReportRequest.parse(parameters)));
    }

    private OutcomeReport ask(FindOutcomeReportQuery query) {
        return queryGateway.query(query, OutcomeReport.class).join();
    }
}
