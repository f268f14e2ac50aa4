package io.mesorecords.command.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.patient.CorrectEntry;
import io.mesorecords.api.patient.ErasePersonalData;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.api.patient.RecordMedicalHistory;
import io.mesorecords.api.patient.RegisterPatient;
import io.mesorecords.api.patient.WithdrawConsent;
import io.mesorecords.command.http.CommandApiTest;
import io.mesorecords.command.http.EdgeTestConfiguration;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class PatientEndpointsTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";
    private static final PatientId PATIENT_ID = PatientId.of(PATIENT);

    @Test
    void registersAPatientUnderAServerChosenIdAtVersionZeroAsTheTokensUserWhateverHeadersClaim() throws Exception {
        MvcResult result = mvc.perform(
                        post("/patients")
                                .contentType(MediaType.APPLICATION_JSON)
                                .header(
                                        HttpHeaders.AUTHORIZATION,
                                        TestTokens.bearer("dr-lena", Set.of(Role.PRACTITIONER), Set.of("berlin-mitte")))
                                // The former development stand-ins carry no weight: the token names the actor.
                                .header("X-User-Id", "mallory")
                                .header("X-User-Role", "ADMINISTRATOR")
                                .header("X-Clinic-Id", "elsewhere")
                                .header("X-Correlation-Id", "corr-1")
                                .content(
                                        """
                                {"name": {"given": "Anna", "family": "Berger"}, "dateOfBirth": "1984-05-02",
                                 "sex": "FEMALE", "contact": {"email": "anna@example.org", "phone": "+49 30 1234"}}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("X-Correlation-Id", "corr-1"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        assertThat(location).matches("/patients/[0-9a-f-]{36}");
        PatientId chosen = PatientId.of(location.substring("/patients/".length()));
        assertThat(result.getResponse().getContentAsString()).contains(chosen.asString());
        sent().is(
                        new RegisterPatient(
                                chosen,
                                ClinicId.of("berlin-mitte"),
                                new PersonName("Anna", "Berger"),
                                LocalDate.of(1984, 5, 2),
                                Sex.FEMALE,
                                new Contact("anna@example.org", "+49 30 1234")),
                        metadata("dr-lena", "PRACTITIONER", "berlin-mitte", "corr-1", null)
                                .and(RecordMetadata.CLINIC_ID, "berlin-mitte"));
    }

    @Test
    void registersAPatientUnderTheIdTheClientChoseAtTheNamedClinicOfAUserOfSeveral() throws Exception {
        mvc.perform(post("/patients")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(
                                        EdgeTestConfiguration.PRACTITIONER,
                                        Set.of(Role.FRONT_DESK),
                                        Set.of(EdgeTestConfiguration.CLINIC, "vienna")))
                        .header("X-Correlation-Id", "corr-2")
                        .content(
                                """
                                {"patientId": "%s", "clinicId": "vienna", "name": {"given": "Anna", "family": "Berger"},
                                 "dateOfBirth": "1984-05-02"}
                                """
                                        .formatted(PATIENT)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/patients/" + PATIENT));

        sent().is(
                        new RegisterPatient(
                                PATIENT_ID,
                                ClinicId.of("vienna"),
                                new PersonName("Anna", "Berger"),
                                LocalDate.of(1984, 5, 2),
                                null,
                                null),
                        metadata(
                                        EdgeTestConfiguration.PRACTITIONER,
                                        "FRONT_DESK",
                                        EdgeTestConfiguration.CLINIC + ",vienna",
                                        "corr-2",
                                        null)
                                .and(RecordMetadata.CLINIC_ID, "vienna"));
    }

    @Test
    void refusesToRegisterAtAClinicTheUserIsNotAMemberOf() throws Exception {
        mvc.perform(
                        post("/patients")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"clinicId": "vienna", "name": {"given": "Anna", "family": "Berger"},
                                 "dateOfBirth": "1984-05-02"}
                                """))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.not-a-member"));
        verifyNoInteractions(gateway);
    }

    @Test
    void asksAUserOfSeveralClinicsToNameTheClinic() throws Exception {
        mvc.perform(
                        post("/patients")
                                .contentType(MediaType.APPLICATION_JSON)
                                .header(
                                        HttpHeaders.AUTHORIZATION,
                                        TestTokens.bearer("desk", Set.of(Role.FRONT_DESK), Set.of("lyon", "vienna")))
                                .content(
                                        """
                                {"name": {"given": "Anna", "family": "Berger"}, "dateOfBirth": "1984-05-02"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("access.clinic-required"));
        verifyNoInteractions(gateway);
    }

    @Test
    void recordsAScreening() throws Exception {
        recordAnswersVersion(1);
        MvcResult result = mvc.perform(
                        post("/patients/{id}/screenings", PATIENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-3")
                                .header("If-Match", "\"0\"")
                                .content(
                                        """
                                {"screenedOn": "2025-03-10", "pregnant": false, "breastfeeding": false,
                                 "allergies": ["HYALURONIC_ACID"], "activeInfections": ["CHIN"],
                                 "conditions": "none", "medications": "none",
                                 "fitzpatrick": {"scale": "FITZPATRICK", "scaleVersion": "1988", "value": 3},
                                 "glogau": {"scale": "GLOGAU", "scaleVersion": "1996", "value": 2},
                                 "goals": "fresher skin", "skinRoutine": "SPF daily"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        assertThat(location).startsWith("/patients/" + PATIENT + "/screenings/");
        ScreeningId screeningId = ScreeningId.of(location.substring(location.lastIndexOf('/') + 1));
        sent().is(
                        new RecordMedicalHistory(
                                PATIENT_ID,
                                screeningId,
                                LocalDate.of(2025, 3, 10),
                                false,
                                false,
                                Set.of(Ingredient.HYALURONIC_ACID),
                                Set.of(TreatmentArea.CHIN),
                                "none",
                                "none",
                                Scale.FITZPATRICK.score(3),
                                Scale.GLOGAU.score(2),
                                "fresher skin",
                                "SPF daily"),
                        metadata(
                                EdgeTestConfiguration.PRACTITIONER,
                                "PRACTITIONER",
                                EdgeTestConfiguration.CLINIC,
                                "corr-3",
                                0L));
    }

    @Test
    void recordsAConsent() throws Exception {
        recordAnswersVersion(2);
        mvc.perform(
                        post("/patients/{id}/consents", PATIENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-4")
                                .content(
                                        """
                                {"scope": "TREATMENT", "givenAt": "2025-03-10T10:00:00Z"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/patients/" + PATIENT + "/consents/TREATMENT"))
                .andExpect(header().string("ETag", "\"2\""));

        sent().is(
                        new RecordConsent(PATIENT_ID, ConsentScope.TREATMENT, Instant.parse("2025-03-10T10:00:00Z")),
                        developmentMetadata("corr-4"));
    }

    @Test
    void withdrawsAConsent() throws Exception {
        recordAnswersVersion(3);
        mvc.perform(
                        post("/patients/{id}/consents/ANALYTICS/withdrawal", PATIENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-5")
                                .header("If-Match", "\"2\"")
                                .content(
                                        """
                                {"withdrawnAt": "2025-03-12T08:00:00Z"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.entryId").value("ANALYTICS"));

        sent().is(
                        new WithdrawConsent(PATIENT_ID, ConsentScope.ANALYTICS, Instant.parse("2025-03-12T08:00:00Z")),
                        metadata(
                                EdgeTestConfiguration.PRACTITIONER,
                                "PRACTITIONER",
                                EdgeTestConfiguration.CLINIC,
                                "corr-5",
                                2L));
    }

    @Test
    void correctsAnEntry() throws Exception {
        recordAnswersVersion(9);
        mvc.perform(
                        post("/patients/{id}/corrections", PATIENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-6")
                                .content(
                                        """
                                {"entry": {"type": "SESSION", "id": "0b4e1c9a-3f7e-4b8a-9c2d-5e6f7a8b9c0d"},
                                 "correctedValues": {"depthMm": "1.5"}, "reason": "typed 15 instead of 1.5"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"9\""));

        sent().is(
                        new CorrectEntry(
                                PATIENT_ID,
                                new EntryReference(EntryType.SESSION, "0b4e1c9a-3f7e-4b8a-9c2d-5e6f7a8b9c0d"),
                                Map.of("depthMm", "1.5"),
                                "typed 15 instead of 1.5"),
                        developmentMetadata("corr-6"));
    }

    @Test
    void erasesPersonalData() throws Exception {
        recordAnswersVersion(12);
        mvc.perform(
                        post("/patients/{id}/erasure", PATIENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header(
                                        HttpHeaders.AUTHORIZATION,
                                        TestTokens.bearer(Role.ADMINISTRATOR, EdgeTestConfiguration.CLINIC))
                                .header("X-Correlation-Id", "corr-7")
                                .content(
                                        """
                                {"administratorOverride": true, "overrideReason": "court order 12/2025"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"12\""));

        sent().is(
                        new ErasePersonalData(PATIENT_ID, true, "court order 12/2025"),
                        metadata(
                                TestTokens.userOf(Role.ADMINISTRATOR, EdgeTestConfiguration.CLINIC),
                                "ADMINISTRATOR",
                                EdgeTestConfiguration.CLINIC,
                                "corr-7",
                                null));
    }
}
