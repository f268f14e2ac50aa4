package io.mesorecords.command.http;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.command.record.RuleViolation;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class ProblemAnswersTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";
    private static final String EXTENSION =
            "/patients/" + PATIENT + "/courses/1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d/extension";
    private static final String REGISTRATION =
            """
            {"patientId": "%s", "name": {"given": "Anna", "family": "Berger"}, "dateOfBirth": "1984-05-02"}
            """
                    .formatted(PATIENT);

    private ResultActions extend(String body) throws Exception {
        return mvc.perform(
                post(EXTENSION).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions isProblem(ResultActions answer, int status, String code) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value("https://mesorecords.io/problems/" + code))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(header().exists("X-Correlation-Id"));
        return answer;
    }

    @Test
    void refusesAnUnknownField() throws Exception {
        ResultActions answer = extend(
                """
                {"additionalSessions": 2, "reason": "slow", "sessionsToAdd": 3}
                """);
        isProblem(answer, 400, "request.unknown-field");
        answer.andExpect(jsonPath("$.errors[0].field").value("sessionsToAdd"));
        verifyNoInteractions(gateway);
    }

    @Test
    void refusesAStringForANumber() throws Exception {
        ResultActions answer = extend("""
                {"additionalSessions": "2"}
                """);
        isProblem(answer, 400, "request.wrong-type");
        answer.andExpect(jsonPath("$.errors[0].field").value("additionalSessions"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java."))));
        verifyNoInteractions(gateway);
    }

    @Test
    void refusesAFractionForAWholeNumber() throws Exception {
        isProblem(extend("{\"additionalSessions\": 2.5}"), 400, "request.wrong-type");
    }

    @Test
    void refusesANumberForText() throws Exception {
        isProblem(extend("{\"additionalSessions\": 2, \"reason\": 42}"), 400, "request.wrong-type");
    }

    @Test
    void refusesANumberForAnEnum() throws Exception {
        mvc.perform(post("/patients/{id}/consents", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\": 0, \"givenAt\": \"2025-03-10T10:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.wrong-type"));
    }

    @Test
    void refusesANumberForAnInstant() throws Exception {
        mvc.perform(post("/patients/{id}/consents", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\": \"TREATMENT\", \"givenAt\": 1741600800}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.wrong-type"));
    }

    @Test
    void refusesAStringForABoolean() throws Exception {
        mvc.perform(post("/patients/{id}/erasure", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(Role.ADMINISTRATOR, EdgeTestConfiguration.CLINIC))
                        .content("{\"administratorOverride\": \"true\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.wrong-type"));
    }

    @Test
    void refusesMalformedJson() throws Exception {
        isProblem(extend("{\"additionalSessions\": 2"), 400, "request.malformed");
    }

    @Test
    void listsEveryInvalidField() throws Exception {
        ResultActions answer = mvc.perform(post("/patients")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": {\"given\": \"\", \"family\": \"Berger\"}}"));
        isProblem(answer, 400, "request.invalid");
        answer.andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[1].field").value("name.given"));
        verifyNoInteractions(gateway);
    }

    @Test
    void checksEveryProductOfAPerformedSession() throws Exception {
        ResultActions answer = mvc.perform(
                post("/patients/" + PATIENT + "/sessions/2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d/performance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                        {"performedAt": "2025-03-21T09:05:00Z", "practitionerId": "dr-lena",
                         "technique": "MESO_INJECTOR",
                         "products": [{"name": "Hydra HA", "ingredients": ["HYALURONIC_ACID"],
                                       "lotNumber": "L-1", "expiryDate": "2026-01-31", "volumeMl": 2.5},
                                      {"name": "Hydra HA", "ingredients": ["HYALURONIC_ACID"],
                                       "lotNumber": "", "expiryDate": "2026-01-31", "volumeMl": 2.5}],
                         "depthMm": 1.5, "areas": ["FOREHEAD"], "durationMinutes": 40}
                        """));
        isProblem(answer, 400, "request.invalid");
        answer.andExpect(jsonPath("$.errors[0].field").value("products[1].lotNumber"));
        verifyNoInteractions(gateway);
    }

    @Test
    void refusesAPathIdThatIsNoUuid() throws Exception {
        mvc.perform(post("/patients/not-a-uuid/erasure")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(Role.ADMINISTRATOR, EdgeTestConfiguration.CLINIC))
                        .content("{\"administratorOverride\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"));
    }

    @Test
    void refusesABodyOverTheLimit() throws Exception {
        String notes = "x".repeat(70 * 1024);
        isProblem(extend("{\"additionalSessions\": 2, \"reason\": \"" + notes + "\"}"), 413, "request.too-large");
        verifyNoInteractions(gateway);
    }

    @Test
    void refusesAnotherMediaType() throws Exception {
        isProblem(
                mvc.perform(post(EXTENSION).contentType(MediaType.TEXT_PLAIN).content("2 more")),
                415,
                "request.unsupported-media-type");
    }

    @Test
    void refusesAMalformedIfMatch() throws Exception {
        isProblem(
                mvc.perform(post(EXTENSION)
                        .header("If-Match", "W/\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"additionalSessions\": 2}")),
                400,
                "request.invalid-if-match");
        verifyNoInteractions(gateway);
    }

    @Test
    void answersARuleViolationWith422() throws Exception {
        recordFailsWith(new RuleViolation(Rejection.COURSE_TOO_MANY_SESSIONS, "At most 12 sessions in a course"));
        isProblem(extend("{\"additionalSessions\": 9}"), 422, "course.too-many-sessions")
                .andExpect(jsonPath("$.detail").value("At most 12 sessions in a course"));
    }

    @Test
    void answersARejectionDecidedOnAnotherNodeByItsDetails() throws Exception {
        recordFailsWith(new CommandExecutionException(
                "remote", null, new CommandRejected(Rejection.COURSE_NOT_FOUND, "No course with this id")));
        isProblem(extend("{\"additionalSessions\": 1}"), 404, "course.not-found");
    }

    @Test
    void answersAConflictingStateWith409() throws Exception {
        recordFailsWith(new CommandExecutionException(
                "wrapped", new RuleViolation(Rejection.COURSE_CLOSED, "The course is closed")));
        isProblem(extend("{\"additionalSessions\": 1}"), 409, "course.closed");
    }

    @Test
    void answersAnUnknownPatientWith404() throws Exception {
        recordFailsWith(new AggregateNotFoundException(PATIENT, "not found"));
        isProblem(extend("{\"additionalSessions\": 1}"), 404, "patient.not-found");
    }

    @Test
    void answersAStaleIfMatchWith409() throws Exception {
        recordFailsWith(new ConflictingAggregateVersionException(PATIENT, 3, 5));
        isProblem(
                mvc.perform(post(EXTENSION)
                        .header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"additionalSessions\": 1}")),
                409,
                "record.version-conflict");
    }

    @Test
    void answersAConcurrentAppendWith409() throws Exception {
        recordFailsWith(new CommandExecutionException("wrapped", new ConcurrencyException("taken")));
        isProblem(extend("{\"additionalSessions\": 1}"), 409, "record.concurrent-change");
    }

    @Test
    void answersRegisteringATakenIdWith409() throws Exception {
        recordFailsWith(new AggregateStreamCreationException("stream exists"));
        isProblem(
                mvc.perform(post("/patients")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTRATION)),
                409,
                "patient.already-exists");
    }

    @Test
    void answersRegisteringATakenIdFoundConcurrentlyWith409() throws Exception {
        recordFailsWith(new CommandExecutionException("wrapped", new ConcurrencyException("duplicate key")));
        isProblem(
                mvc.perform(post("/patients")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTRATION)),
                409,
                "patient.already-exists");
    }

    @Test
    void hidesUnexpectedFailures() throws Exception {
        recordFailsWith(new IllegalStateException("secret internals"));
        isProblem(extend("{\"additionalSessions\": 1}"), 500, "server.error")
                .andExpect(jsonPath("$.detail").value("The request could not be completed"));
    }
}
