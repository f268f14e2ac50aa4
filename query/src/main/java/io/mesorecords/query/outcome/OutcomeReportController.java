package io.mesorecords.query.outcome;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeReport;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.mesorecords.query.http.ClinicAccess;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The de-identified outcome report for analysts, as JSON or, on {@code Accept: text/csv}, as CSV. It covers the analyst's
 * clinics only: a {@code clinic} filter may narrow them, never reach beyond them (403 {@code access.not-a-member}).
 */
@RestController
@AllowedRoles(Role.ANALYST)
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
        return queryGateway
                .query(restrictedToClinicsOf(Actor.required(), query), OutcomeReport.class)
                .join();
    }

    static FindOutcomeReportQuery restrictedToClinicsOf(Actor analyst, FindOutcomeReportQuery query) {
        Set<ClinicId> member = ClinicAccess.clinicsOf(analyst);
        Set<ClinicId> asked = query.filter().clinics();
        for (ClinicId clinic : asked) {
            ClinicAccess.requireMember(analyst, clinic);
        }
        return new FindOutcomeReportQuery(
                query.groupBy(), query.period(), query.filter().withClinics(asked.isEmpty() ? member : asked));
    }
}
