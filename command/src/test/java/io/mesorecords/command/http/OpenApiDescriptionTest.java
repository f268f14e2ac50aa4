package io.mesorecords.command.http;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springdoc.webmvc.ui.SwaggerConfig;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

@ImportAutoConfiguration({
    SpringDocConfiguration.class,
    SpringDocConfigProperties.class,
    SpringDocWebMvcConfiguration.class,
    SwaggerConfig.class,
    SwaggerUiConfigProperties.class,
    SwaggerUiOAuthProperties.class
})
class OpenApiDescriptionTest extends CommandApiTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "post, /patients, RegisterPatientRequest, 201",
        "post, /patients/{patientId}/screenings, RecordMedicalHistoryRequest, 201",
        "post, /patients/{patientId}/consents, RecordConsentRequest, 201",
        "post, /patients/{patientId}/consents/{scope}/withdrawal, WithdrawConsentRequest, 200",
        "post, /patients/{patientId}/corrections, CorrectEntryRequest, 200",
        "post, /patients/{patientId}/erasure, ErasePersonalDataRequest, 200",
        "post, /patients/{patientId}/courses, PlanCourseRequest, 201",
        "post, /patients/{patientId}/courses/{courseId}/extension, ExtendCourseRequest, 200",
        "post, /patients/{patientId}/courses/{courseId}/completion, CompleteCourseRequest, 200",
        "post, /patients/{patientId}/courses/{courseId}/discontinuation, DiscontinueCourseRequest, 200",
        "post, /patients/{patientId}/assessments, RecordAssessmentRequest, 201",
        "post, /patients/{patientId}/sessions, ScheduleSessionRequest, 201",
        "post, /patients/{patientId}/sessions/{sessionId}/rescheduling, RescheduleSessionRequest, 200",
        "post, /patients/{patientId}/sessions/{sessionId}/cancellation, CancelSessionRequest, 200",
        "post, /patients/{patientId}/sessions/{sessionId}/performance, RecordSessionPerformedRequest, 200",
        "post, /patients/{patientId}/reactions, RecordReactionRequest, 201",
        "post, /patients/{patientId}/reactions/{reactionId}/resolution, ResolveReactionRequest, 200",
    })
    void describesEveryCommandEndpoint(String method, String path, String requestSchema, String success)
            throws Exception {
        String operation = "$.paths['" + path + "']." + method;
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(operation + ".requestBody.content['application/json'].schema.$ref")
                        .value("#/components/schemas/" + requestSchema))
                .andExpect(jsonPath(operation + ".responses['" + success + "'].headers.ETag")
                        .exists())
                .andExpect(jsonPath(operation + ".responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath(operation + ".responses['422']").exists())
                .andExpect(
                        jsonPath(operation + ".parameters[*].name", Matchers.hasItems("If-Match", "Idempotency-Key")))
                .andExpect(jsonPath("$.components.schemas." + requestSchema).exists());
    }

    @org.junit.jupiter.api.Test
    void describesTheNoShowWithoutABodyAndEveryProblemCode() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/patients/{patientId}/sessions/{sessionId}/no-show'].post.responses['200']")
                                .exists())
                .andExpect(jsonPath("$.paths.length()").value(18))
                .andExpect(jsonPath(
                        "$.components.schemas.Problem.properties.code.enum",
                        Matchers.hasItems("patient.not-found", "idempotency.key-reused", "request.too-large")))
                .andExpect(jsonPath("$.components.schemas.Recorded").exists());
    }

    @org.junit.jupiter.api.Test
    void servesSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
