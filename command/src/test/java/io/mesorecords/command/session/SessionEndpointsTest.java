package io.mesorecords.command.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.CancelSession;
import io.mesorecords.api.session.RecordNoShow;
import io.mesorecords.api.session.RecordSessionPerformed;
import io.mesorecords.api.session.RescheduleSession;
import io.mesorecords.api.session.ScheduleSession;
import io.mesorecords.command.http.CommandApiTest;
import io.mesorecords.command.http.EdgeTestConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class SessionEndpointsTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";
    private static final PatientId PATIENT_ID = PatientId.of(PATIENT);
    private static final String COURSE = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
    private static final String SESSION = "0b4e1c9a-3f7e-4b8a-9c2d-5e6f7a8b9c0d";
    private static final SessionId SESSION_ID = SessionId.of(SESSION);

    @Test
    void schedulesASessionUnderTheIdTheClientChose() throws Exception {
        recordAnswersVersion(5);
        mvc.perform(post("/patients/{id}/sessions", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-book")
                        .content(
                                """
                                {"sessionId": "%s", "courseId": "%s", "startsAt": "2025-03-21T09:00:00Z",
                                 "practitionerId": "dr-lena", "plannedMinutes": 45}
                                """
                                        .formatted(SESSION, COURSE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/patients/" + PATIENT + "/sessions/" + SESSION))
                .andExpect(header().string("ETag", "\"5\""));

        sent().is(
                        new ScheduleSession(
                                PATIENT_ID,
                                SESSION_ID,
                                CourseId.of(COURSE),
                                Instant.parse("2025-03-21T09:00:00Z"),
                                PractitionerId.of("dr-lena"),
                                45),
                        developmentMetadata("corr-book"));
    }

    @Test
    void schedulesASessionUnderAServerChosenId() throws Exception {
        recordAnswersVersion(5);
        MvcResult result = mvc.perform(post("/patients/{id}/sessions", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-book2")
                        .content(
                                """
                                {"courseId": "%s", "startsAt": "2025-03-21T09:00:00Z",
                                 "practitionerId": "dr-lena", "plannedMinutes": 45}
                                """
                                        .formatted(COURSE)))
                .andExpect(status().isCreated())
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        SessionId chosen = SessionId.of(location.substring(location.lastIndexOf('/') + 1));
        assertThat(sent().command())
                .isInstanceOfSatisfying(ScheduleSession.class, command -> assertThat(command.sessionId())
                        .isEqualTo(chosen));
    }

    @Test
    void reschedulesASession() throws Exception {
        recordAnswersVersion(6);
        mvc.perform(
                        post("/patients/{id}/sessions/{session}/rescheduling", PATIENT, SESSION)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-move")
                                .header("If-Match", "\"5\"")
                                .content(
                                        """
                                {"startsAt": "2025-03-22T10:00:00Z", "practitionerId": "dr-max", "plannedMinutes": 30}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""));

        sent().is(
                        new RescheduleSession(
                                PATIENT_ID,
                                SESSION_ID,
                                Instant.parse("2025-03-22T10:00:00Z"),
                                PractitionerId.of("dr-max"),
                                30),
                        metadata(
                                EdgeTestConfiguration.PRACTITIONER,
                                "PRACTITIONER",
                                EdgeTestConfiguration.CLINIC,
                                "corr-move",
                                5L));
    }

    @Test
    void cancelsASession() throws Exception {
        recordAnswersVersion(6);
        mvc.perform(
                        post("/patients/{id}/sessions/{session}/cancellation", PATIENT, SESSION)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-cancel")
                                .content(
                                        """
                                {"reason": "patient has a cold"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""));

        sent().is(new CancelSession(PATIENT_ID, SESSION_ID, "patient has a cold"), developmentMetadata("corr-cancel"));
    }

    @Test
    void recordsANoShowWithoutABody() throws Exception {
        recordAnswersVersion(6);
        mvc.perform(post("/patients/{id}/sessions/{session}/no-show", PATIENT, SESSION)
                        .header("X-Correlation-Id", "corr-noshow"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""));

        sent().is(new RecordNoShow(PATIENT_ID, SESSION_ID), developmentMetadata("corr-noshow"));
    }

    @Test
    void recordsAPerformedSessionWithItsLots() throws Exception {
        recordAnswersVersion(6);
        mvc.perform(
                        post("/patients/{id}/sessions/{session}/performance", PATIENT, SESSION)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-done")
                                .content(
                                        """
                                {"performedAt": "2025-03-21T09:05:00Z", "practitionerId": "dr-lena",
                                 "technique": "MESO_INJECTOR",
                                 "products": [{"name": "Hydra HA", "ingredients": ["HYALURONIC_ACID"],
                                               "lotNumber": "L-2291", "expiryDate": "2026-01-31", "volumeMl": 2.5}],
                                 "depthMm": 1.5, "areas": ["FOREHEAD"], "anaesthetic": "lidocaine cream",
                                 "durationMinutes": 40, "notes": "well tolerated"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""));

        sent().is(
                        new RecordSessionPerformed(
                                PATIENT_ID,
                                SESSION_ID,
                                Instant.parse("2025-03-21T09:05:00Z"),
                                PractitionerId.of("dr-lena"),
                                Technique.MESO_INJECTOR,
                                List.of(new ProductUse(
                                        "Hydra HA",
                                        Set.of(Ingredient.HYALURONIC_ACID),
                                        "L-2291",
                                        LocalDate.of(2026, 1, 31),
                                        new BigDecimal("2.5"))),
                                new BigDecimal("1.5"),
                                Set.of(TreatmentArea.FOREHEAD),
                                "lidocaine cream",
                                40,
                                "well tolerated"),
                        developmentMetadata("corr-done"));
    }
}
