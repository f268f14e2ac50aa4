package io.mesorecords.command.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.reaction.RecordReaction;
import io.mesorecords.api.reaction.ResolveReaction;
import io.mesorecords.command.http.CommandApiTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class ReactionEndpointsTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";
    private static final PatientId PATIENT_ID = PatientId.of(PATIENT);
    private static final String SESSION = "0b4e1c9a-3f7e-4b8a-9c2d-5e6f7a8b9c0d";
    private static final String REACTION = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";

    @Test
    void recordsAReaction() throws Exception {
        recordAnswersVersion(7);
        MvcResult result = mvc.perform(post("/patients/{id}/reactions", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-react")
                        .content(
                                """
                                {"sessionId": "%s", "type": "HAEMATOMA", "grade": 1, "serious": false,
                                 "area": "PERIORBITAL", "onsetAt": "2025-03-21T12:00:00Z", "notes": "small bruise"}
                                """
                                        .formatted(SESSION)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"7\""))
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        assertThat(location).startsWith("/patients/" + PATIENT + "/reactions/");
        ReactionId reactionId = ReactionId.of(location.substring(location.lastIndexOf('/') + 1));
        sent().is(
                        new RecordReaction(
                                PATIENT_ID,
                                reactionId,
                                SessionId.of(SESSION),
                                ReactionType.HAEMATOMA,
                                1,
                                false,
                                TreatmentArea.PERIORBITAL,
                                Instant.parse("2025-03-21T12:00:00Z"),
                                "small bruise"),
                        developmentMetadata("corr-react"));
    }

    @Test
    void resolvesAReaction() throws Exception {
        recordAnswersVersion(8);
        mvc.perform(
                        post("/patients/{id}/reactions/{reaction}/resolution", PATIENT, REACTION)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-resolve")
                                .content(
                                        """
                                {"resolvedAt": "2025-03-23T08:00:00Z", "outcome": "RESOLVED"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""));

        sent().is(
                        new ResolveReaction(
                                PATIENT_ID,
                                ReactionId.of(REACTION),
                                Instant.parse("2025-03-23T08:00:00Z"),
                                ReactionOutcome.RESOLVED),
                        developmentMetadata("corr-resolve"));
    }
}
