package io.mesorecords.query.http;

import static io.mesorecords.query.projection.Patients.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import io.mesorecords.query.projection.ReadSideSecurity;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ReadSideTest
class ReadSideHttpTest {

    @Autowired
    MockMvc http;

    @Autowired
    RecordedEvents given;

    @Test
    void historyWaitsForTheVersionTheClientWroteAndAnswersItAsETag() throws Exception {
        PatientId patient = PatientId.random();
        given.record(Instant.parse("2025-01-01T10:00:00Z"), registered(patient, "Mia", "Berg"));

        // No await here: minVersion makes the read wait for the projection.
        http.perform(get("/patients/{id}/history", patient).param("minVersion", "0"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.summary.name.family").value("Berg"))
                .andExpect(jsonPath("$.timeline[0].recordedBy.userId").value(RecordedEvents.USER));
        http.perform(get("/patients/{id}/history", patient).param("asOf", "2025-01-01T10:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        http.perform(get("/patients/{id}/history", patient).param("asOf", "2025-01-01T09:59:59Z"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVersionNotProjectedInTimeIsAProblemToRetry() throws Exception {
        http.perform(get("/patients/{id}/history", PatientId.random()).param("minVersion", "4"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("history.version-not-yet-readable"));
    }

    @Test
    void anUnknownPatientIsANotFoundProblem() throws Exception {
        http.perform(get("/patients/{id}/history", PatientId.random()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("patient.not-found"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void everyReadModelHasAnEndpoint() throws Exception {
        http.perform(get("/schedule").param("clinicId", "clinic-1").param("day", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").isArray());
        http.perform(get("/lots/{lot}/sessions", "NO-SUCH-LOT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uses").isEmpty());
        http.perform(get("/maintenance-due").param("clinicId", "clinic-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patients").isArray());
        http.perform(get("/admin/projections")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'patient-history')]").exists());
        http.perform(get("/admin/projections/{name}", "no-such-projection")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.ADMINISTRATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("projection.unknown"));
    }

    @Test
    void aChangeOfSegmentsNamesAWholeCountFromOneToTheMostOrIsAProblemAndChangesNothing() throws Exception {
        String admin = ReadSideSecurity.as(Role.ADMINISTRATOR);
        String before = http.perform(get("/admin/projections/schedule").header(HttpHeaders.AUTHORIZATION, admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String body : new String[] {
            "",
            "not json",
            "{}",
            "{\"segments\": \"four\"}",
            "{\"segments\": 2.5}",
            "{\"segments\": 0}",
            "{\"segments\": 65}",
            "{\"segments\": -4}"
        }) {
            http.perform(post("/admin/projections/{name}/segments", "schedule")
                            .header(HttpHeaders.AUTHORIZATION, admin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("projection.segments-invalid"))
                    .andExpect(jsonPath("$.status").value(400));
        }
        http.perform(post("/admin/projections/{name}/segments", "no-such-projection")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"segments\": 4}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("projection.unknown"));
        http.perform(get("/admin/projections/schedule").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(jsonPath("$.segments").value((Integer) JsonPath.read(before, "$.segments")));
    }

    @Test
    void aPatientOfAnotherClinicIsAnsweredExactlyAsAnUnknownOne() throws Exception {
        PatientId patient = PatientId.random();
        given.record(Instant.parse("2025-01-01T10:00:00Z"), registered(patient, "Mia", "Berg"));
        http.perform(get("/patients/{id}/history", patient).param("minVersion", "0"))
                .andExpect(status().isOk());

        String elsewhere = TestTokens.bearer(Role.PRACTITIONER, "clinic-elsewhere");
        String forOtherClinic = http.perform(
                        get("/patients/{id}/history", patient).header(HttpHeaders.AUTHORIZATION, elsewhere))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("patient.not-found"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        PatientId unknown = PatientId.random();
        String forUnknown = http.perform(
                        get("/patients/{id}/history", unknown).header(HttpHeaders.AUTHORIZATION, elsewhere))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forOtherClinic.replace(patient.value().toString(), "ID"))
                .isEqualTo(forUnknown.replace(unknown.value().toString(), "ID"));
        http.perform(get("/patients/{id}/history", patient)
                        .param("asOf", "2025-01-02T00:00:00Z")
                        .header(HttpHeaders.AUTHORIZATION, elsewhere))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClinicsScheduleAndMaintenanceListAreForItsMembersOnly() throws Exception {
        http.perform(get("/schedule").param("clinicId", "clinic-elsewhere").param("day", "2025-01-01"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.not-a-member"));
        http.perform(get("/maintenance-due").param("clinicId", "clinic-elsewhere"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.not-a-member"));
    }

    @Test
    void withoutATokenNothingIsAnswered() throws Exception {
        http.perform(get("/schedule")
                        .param("clinicId", ReadSideSecurity.CLINIC)
                        .param("day", "2025-01-01")
                        .header(HttpHeaders.AUTHORIZATION, ""))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.unauthenticated"));
    }
}
