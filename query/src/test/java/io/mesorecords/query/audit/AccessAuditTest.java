package io.mesorecords.query.audit;

import static io.mesorecords.query.projection.Patients.registered;
import static io.mesorecords.query.projection.Patients.screenedAllergicTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import io.mesorecords.query.projection.ReadSideSecurity;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ReadSideTest
class AccessAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc http;

    @Autowired
    RecordedEvents given;

    @Autowired
    DataSource dataSource;

    private PatientId aRegisteredPatient() {
        PatientId patient = PatientId.random();
        given.record(Instant.parse("2025-01-01T10:00:00Z"), registered(patient, "Mia", "Berg"));
        given.record(
                Instant.parse("2025-01-02T10:00:00Z"),
                screenedAllergicTo(patient, LocalDate.parse("2025-01-02"), Ingredient.values()[0]));
        return patient;
    }

    private static MockHttpServletRequestBuilder historyOf(PatientId patient, String user) {
        return get("/patients/{id}/history", patient)
                .param("minVersion", "1")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(user, Set.of(Role.PRACTITIONER), Set.of(ReadSideSecurity.CLINIC)))
                // Former development stand-ins: the token names the reader, these headers carry no weight.
                .header("X-User-Id", "mallory")
                .header("X-Clinic-Id", "clinic-7")
                .header("X-Correlation-Id", "corr-1");
    }

    private JsonNode accessLog(String query) throws Exception {
        return accessLogAs(ReadSideSecurity.as(Role.AUDITOR), query);
    }

    private JsonNode accessLogAs(String authorization, String query) throws Exception {
        String body = http.perform(get("/audit/access?" + query).header(HttpHeaders.AUTHORIZATION, authorization))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void aServedReadIsLoggedWithWhoReadWhatWhyAndWhen() throws Exception {
        PatientId patient = aRegisteredPatient();

        http.perform(historyOf(patient, "dr-berg").header("X-Purpose-Of-Use", "QUALITY_IMPROVEMENT"))
                .andExpect(status().isOk());

        JsonNode entries = accessLog("patientId=" + patient).path("entries");
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.path("entryId").asString()).hasSize(36);
        assertThat(entry.path("action").asString()).isEqualTo("R");
        assertThat(entry.path("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(entry.path("status").asInt()).isEqualTo(200);
        assertThat(entry.path("userId").asString()).isEqualTo("dr-berg");
        assertThat(entry.path("role").asString()).isEqualTo("PRACTITIONER");
        assertThat(entry.path("clinicId").asString()).as("the patient's clinic").isEqualTo(ReadSideSecurity.CLINIC);
        assertThat(entry.path("purposeOfUse").asString()).isEqualTo("QUALITY_IMPROVEMENT");
        assertThat(entry.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(entry.path("patientId").asString()).isEqualTo(patient.value().toString());
        assertThat(entry.path("objectType").asString()).isEqualTo("patient-history");
        assertThat(entry.path("objectPath").asString()).isEqualTo("/patients/" + patient.value() + "/history");
        assertThat(entry.path("objectQuery").asString()).isEqualTo("minVersion=1");
        assertThat(entry.path("correlationId").asString()).isEqualTo("corr-1");
        assertThat(Instant.parse(entry.path("occurredAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(entry.path("entryHash").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void theHistoryAsOfAPastMomentIsLoggedWithThatMoment() throws Exception {
        PatientId patient = aRegisteredPatient();
        given.awaitProjections();

        http.perform(get("/patients/{id}/history", patient).param("asOf", "2025-01-01T12:00:00Z"))
                .andExpect(status().isOk());

        JsonNode entry = accessLog("patientId=" + patient).path("entries").get(0);
        assertThat(entry.path("objectQuery").asString()).isEqualTo("asOf=2025-01-01T12:00:00Z");
        assertThat(entry.path("purposeOfUse").asString())
                .as("the documented default")
                .isEqualTo("TREATMENT");
        assertThat(entry.path("userId").asString()).as("the token's user").isEqualTo(ReadSideSecurity.PRACTITIONER);
    }

    @Test
    void aReadThatCannotBeLoggedIsRefusedWithoutItsContent() throws Exception {
        PatientId patient = aRegisteredPatient();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("ALTER TABLE access_audit RENAME TO access_audit_away").update();
        try {
            http.perform(historyOf(patient, "dr-berg"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.code").value("audit.unavailable"))
                    .andExpect(jsonPath("$.summary").doesNotExist());
        } finally {
            jdbc.sql("ALTER TABLE access_audit_away RENAME TO access_audit").update();
        }
        http.perform(historyOf(patient, "dr-berg")).andExpect(status().isOk());
        assertThat(accessLog("patientId=" + patient).path("entries")).hasSize(1);
    }

    @Test
    void aReadOfAnUnknownPatientIsLoggedAsRefused() throws Exception {
        PatientId unknown = PatientId.random();

        http.perform(get("/patients/{id}/history", unknown)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(
                                        "curious", Set.of(Role.PRACTITIONER), Set.of(ReadSideSecurity.CLINIC))))
                .andExpect(status().isNotFound());

        JsonNode entry = accessLog("patientId=" + unknown).path("entries").get(0);
        assertThat(entry.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(entry.path("status").asInt()).isEqualTo(404);
        assertThat(entry.path("userId").asString()).isEqualTo("curious");
    }

    @Test
    void aPurposeOutsideTheListIsRefusedAndTheRefusalLogged() throws Exception {
        PatientId patient = aRegisteredPatient();

        http.perform(historyOf(patient, "dr-berg").header("X-Purpose-Of-Use", "CURIOSITY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-purpose-of-use"));

        JsonNode entry = accessLog("patientId=" + patient).path("entries").get(0);
        assertThat(entry.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(entry.path("status").asInt()).isEqualTo(400);
        assertThat(entry.path("purposeOfUse").isNull())
                .as("unchecked text is never stored")
                .isTrue();
        assertThat(entry.path("userId").asString()).isEqualTo("dr-berg");
    }

    @Test
    void aReadWithoutAValidTokenIsRefusedAndLoggedWithoutAUser() throws Exception {
        PatientId patient = aRegisteredPatient();

        http.perform(get("/patients/{id}/history", patient).header(HttpHeaders.AUTHORIZATION, ""))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.unauthenticated"));
        http.perform(get("/patients/{id}/history", patient).header(HttpHeaders.AUTHORIZATION, "Bearer forged.token.x"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.invalid-token"));

        List<Map<String, Object>> rows = JdbcClient.create(dataSource)
                .sql(
                        "SELECT user_id, status, object_path FROM access_audit WHERE object_path = ? ORDER BY chain_position")
                .param("/patients/" + patient.value() + "/history")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("USER_ID") == null ? row.get("user_id") : row.get("USER_ID"))
                    .isNull();
            assertThat(((Number) (row.get("STATUS") == null ? row.get("status") : row.get("STATUS"))).intValue())
                    .isEqualTo(401);
        });
    }

    @Test
    void aReadOfAnotherClinicsPatientIsRefusedAsUnknownAndLoggedForThePatientsClinic() throws Exception {
        PatientId patient = aRegisteredPatient();
        given.awaitProjections();

        http.perform(get("/patients/{id}/history", patient)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer("prying", Set.of(Role.PRACTITIONER), Set.of("clinic-elsewhere"))))
                .andExpect(status().isNotFound());

        JsonNode entry = accessLog("patientId=" + patient + "&userId=prying")
                .path("entries")
                .get(0);
        assertThat(entry.path("status").asInt()).isEqualTo(404);
        assertThat(entry.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(entry.path("clinicId").asString())
                .as("the patient's clinic, whose auditors must see it")
                .isEqualTo(ReadSideSecurity.CLINIC);
        assertThat(accessLogAs(TestTokens.bearer(Role.AUDITOR, "clinic-elsewhere"), "patientId=" + patient)
                        .path("entries"))
                .as("another clinic's auditor sees nothing of this patient")
                .isEmpty();
    }

    @Test
    void aRoleThatMayNotReadHistoriesIsRefusedAndLoggedInThatRole() throws Exception {
        PatientId patient = aRegisteredPatient();

        http.perform(get("/patients/{id}/history", patient)
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.ANALYST)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.role-not-permitted"));

        JsonNode entry = accessLog("patientId=" + patient).path("entries").get(0);
        assertThat(entry.path("status").asInt()).isEqualTo(403);
        assertThat(entry.path("role").asString()).isEqualTo("ANALYST");
        assertThat(entry.path("userId").asString()).isEqualTo(TestTokens.userOf(Role.ANALYST, ReadSideSecurity.CLINIC));
    }

    @Test
    void theLogHoldsNoClinicalValuesNorNames() throws Exception {
        PatientId patient = aRegisteredPatient();
        String served = http.perform(historyOf(patient, "dr-berg"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String allergy = Ingredient.values()[0].name();
        assertThat(served).contains("Berg", allergy);

        List<Map<String, Object>> rows = JdbcClient.create(dataSource)
                .sql("SELECT * FROM access_audit WHERE patient_id = ?")
                .param(patient.value().toString())
                .query()
                .listOfRows();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values().toString()).doesNotContain("Berg", "Mia", allergy);
    }

    @Test
    void auditorsFilterByUserAndPeriodAndPage() throws Exception {
        PatientId patient = aRegisteredPatient();
        String user = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now();
        for (int read = 0; read < 3; read++) {
            http.perform(historyOf(patient, user)).andExpect(status().isOk());
        }
        http.perform(historyOf(patient, "someone-else")).andExpect(status().isOk());
        Instant after = Instant.now().plusSeconds(1);

        assertThat(accessLog("userId=" + user).path("entries")).hasSize(3);
        assertThat(accessLog("patientId=" + patient).path("entries")).hasSize(4);
        assertThat(accessLog("patientId=" + patient + "&userId=" + user + "&from=" + before + "&to=" + after)
                        .path("entries"))
                .hasSize(3);
        assertThat(accessLog("userId=" + user + "&to=" + before).path("entries"))
                .isEmpty();
        assertThat(accessLog("userId=" + user + "&from=" + after).path("entries"))
                .isEmpty();
        JsonNode first = accessLog("userId=" + user + "&size=2");
        JsonNode second = accessLog("userId=" + user + "&size=2&page=1");
        assertThat(first.path("entries")).hasSize(2);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("entries")).hasSize(1);
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        assertThat(second.path("entries").get(0).path("chainPosition").asLong())
                .isGreaterThan(
                        first.path("entries").get(1).path("chainPosition").asLong());
    }

    @Test
    void otherReadsAreNotLogged() throws Exception {
        http.perform(get("/schedule").param("clinicId", "clinic-1").param("day", "2025-01-01"))
                .andExpect(status().isOk());
        long before = JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM access_audit")
                .query(Long.class)
                .single();
        http.perform(get("/audit/access").header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk());

        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT COUNT(*) FROM access_audit")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
