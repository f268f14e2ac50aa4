package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeGroup;
import io.mesorecords.api.outcome.OutcomeGroup.Suppression;
import io.mesorecords.api.outcome.OutcomeReport;
import io.mesorecords.api.outcome.PeriodGranularity;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import io.mesorecords.query.http.ReadProblems;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The HTTP edge: parameters become the exact query; bad ones become problem details with a code. */
class OutcomeReportControllerTest {

    QueryGateway gateway = mock(QueryGateway.class);
    MockMvc mvc;

    @AfterEach
    void forgetAnalyst() {
        TestTokens.forgetActor();
    }

    @BeforeEach
    void setUp() {
        TestTokens.actAs("analyst", Set.of(Role.ANALYST), Set.of("clinic-north", "clinic-south"));
        mvc = MockMvcBuilders.standaloneSetup(new OutcomeReportController(gateway))
                .setControllerAdvice(new OutcomeReportProblems(), new ReadProblems())
                .build();
        OutcomeReport report = new OutcomeReport(
                List.of(OutcomeDimension.TECHNIQUE),
                PeriodGranularity.MONTH,
                11,
                List.of(new OutcomeGroup(Map.of(OutcomeDimension.TECHNIQUE, "CRYO"), Suppression.SMALL_CELL, null)),
                new OutcomeGroup(Map.of(), Suppression.SMALL_CELL, null));
        when(gateway.query(any(FindOutcomeReportQuery.class), eq(OutcomeReport.class)))
                .thenReturn(CompletableFuture.completedFuture(report));
    }

    @Test
    void parametersBecomeTheQuery() throws Exception {
        mvc.perform(get("/reports/outcomes?groupBy=technique,ageBand&technique=MESO_PEN&clinic=clinic-north"
                                + "&period=quarter&from=2025-01&to=2025-06")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].suppression").value("SMALL_CELL"));

        ArgumentCaptor<FindOutcomeReportQuery> sent = ArgumentCaptor.forClass(FindOutcomeReportQuery.class);
        verify(gateway).query(sent.capture(), eq(OutcomeReport.class));
        FindOutcomeReportQuery query = sent.getValue();
        assertThat(query.groupBy())
                .containsExactly(OutcomeDimension.TECHNIQUE, OutcomeDimension.AGE_BAND, OutcomeDimension.PERIOD);
        assertThat(query.period()).isEqualTo(PeriodGranularity.QUARTER);
        assertThat(query.filter().techniques()).isEqualTo(Set.of(Technique.MESO_PEN));
        assertThat(query.filter().clinics()).isEqualTo(Set.of(ClinicId.of("clinic-north")));
        assertThat(query.filter().plannedFrom()).hasToString("2025-01");
    }

    @Test
    void aReportWithoutAClinicFilterCoversTheAnalystsClinicsOnly() throws Exception {
        mvc.perform(get("/reports/outcomes?groupBy=technique").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());

        ArgumentCaptor<FindOutcomeReportQuery> sent = ArgumentCaptor.forClass(FindOutcomeReportQuery.class);
        verify(gateway).query(sent.capture(), eq(OutcomeReport.class));
        assertThat(sent.getValue().filter().clinics())
                .isEqualTo(Set.of(ClinicId.of("clinic-north"), ClinicId.of("clinic-south")));
    }

    @Test
    void aClinicFilterCannotReachBeyondTheAnalystsClinics() throws Exception {
        mvc.perform(get("/reports/outcomes?groupBy=technique&clinic=clinic-north,clinic-west")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.not-a-member"));
        verifyNoInteractions(gateway);
    }

    @Test
    void anAnalystOfNoClinicGetsNoReport() throws Exception {
        TestTokens.actAs("analyst", Set.of(Role.ANALYST), Set.of());
        mvc.perform(get("/reports/outcomes?groupBy=technique").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        verifyNoInteractions(gateway);
    }

    @Test
    void csvOnRequest() throws Exception {
        String csv = mvc.perform(get("/reports/outcomes?groupBy=technique").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines().toList())
                .hasSize(3)
                .first()
                .asString()
                .startsWith("row,technique,suppression,patients,");
        assertThat(csv.lines().toList().get(1)).startsWith("group,CRYO,SMALL_CELL,,");
    }

    @Test
    void anUnknownDimensionIsAProblem() throws Exception {
        mvc.perform(get("/reports/outcomes?groupBy=surname").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-group-by"));
    }

    @Test
    void badFilterValuesAndUnknownParametersAreProblems() throws Exception {
        mvc.perform(get("/reports/outcomes?technique=BOTOX"))
                .andExpect(jsonPath("$.code").value("invalid-filter-value"));
        mvc.perform(get("/reports/outcomes?fitzpatrick=7"))
                .andExpect(jsonPath("$.code").value("invalid-filter-value"));
        mvc.perform(get("/reports/outcomes?ageBand=35-44"))
                .andExpect(jsonPath("$.code").value("invalid-filter-value"));
        mvc.perform(get("/reports/outcomes?period=week"))
                .andExpect(jsonPath("$.code").value("invalid-period"));
        mvc.perform(get("/reports/outcomes?from=2025-06&to=2025-01"))
                .andExpect(jsonPath("$.code").value("invalid-period-range"));
        mvc.perform(get("/reports/outcomes?techniqe=MESO_PEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-parameter"));
    }

    @Test
    void aProblemIsReadableEvenWhenCsvWasAskedFor() throws Exception {
        mvc.perform(get("/reports/outcomes?groupBy=surname").accept("text/csv")).andExpect(status().isBadRequest());
    }
}
