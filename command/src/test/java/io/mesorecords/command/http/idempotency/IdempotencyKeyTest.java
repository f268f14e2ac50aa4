package io.mesorecords.command.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.command.http.CommandApiTest;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class IdempotencyKeyTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";

    private static MockHttpServletRequestBuilder scheduleSession(String key, int plannedMinutes) {
        return post("/patients/{id}/sessions", PATIENT)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"courseId": "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d", "startsAt": "2025-03-21T09:00:00Z",
                         "practitionerId": "dr-lena", "plannedMinutes": %d}
                        """
                                .formatted(plannedMinutes));
    }

    private void verifySentTimes(int times) {
        verify(gateway, times(times)).sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndSendsNoSecondCommand() throws Exception {
        recordAnswersVersion(5);
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse first = mvc.perform(scheduleSession(key, 45))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        MockHttpServletResponse retry = mvc.perform(scheduleSession(key, 45))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse();

        // The server chose a random session id for the first request; the retry must name the same one.
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(retry.getHeader("ETag")).isEqualTo("\"5\"");
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getContentType()).isEqualTo(first.getContentType());
        verifySentTimes(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        recordAnswersVersion(5);
        String key = UUID.randomUUID().toString();

        mvc.perform(scheduleSession(key, 45)).andExpect(status().isCreated());
        mvc.perform(scheduleSession(key, 60))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency.key-reused"));

        verifySentTimes(1);
    }

    @Test
    void aDuplicateWhileTheFirstIsRunningIsAskedToWait() throws Exception {
        String key = UUID.randomUUID().toString();
        AtomicReference<MockHttpServletResponse> duplicate = new AtomicReference<>();
        when(gateway.sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class)))
                .thenAnswer(invocation -> {
                    duplicate.set(
                            mvc.perform(scheduleSession(key, 45)).andReturn().getResponse());
                    return 5L;
                });

        mvc.perform(scheduleSession(key, 45)).andExpect(status().isCreated());

        assertThat(duplicate.get().getStatus()).isEqualTo(409);
        assertThat(duplicate.get().getContentAsString()).contains("\"code\":\"idempotency.in-progress\"");
        verifySentTimes(1);
    }

    @Test
    void aServerFailureIsNotReplayedSoTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        when(gateway.sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class)))
                .thenThrow(new IllegalStateException("database down"))
                .thenReturn(5L);

        mvc.perform(scheduleSession(key, 45)).andExpect(status().isInternalServerError());
        mvc.perform(scheduleSession(key, 45))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));

        verifySentTimes(2);
    }

    @Test
    void aCommandWhoseOutcomeIsUnknownIsNeverSentTwiceUnderOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        when(gateway.sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class)))
                .thenThrow(new CommandTimeoutProbe())
                .thenReturn(5L);

        mvc.perform(scheduleSession(key, 45)).andExpect(status().isServiceUnavailable());
        mvc.perform(scheduleSession(key, 45))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Idempotent-Replayed", "true"));

        verifySentTimes(1);
    }

    /** How the gateway reports a command not decided within the edge's timeout. */
    static class CommandTimeoutProbe extends org.axonframework.commandhandling.CommandExecutionException {
        CommandTimeoutProbe() {
            super("not decided in time", new java.util.concurrent.TimeoutException("timed out"));
        }
    }

    @Test
    void aKeyWithControlCharactersIsRefused() throws Exception {
        mvc.perform(scheduleSession("bad key", 45))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("idempotency.invalid-key"));
        verifySentTimes(0);
    }
}
