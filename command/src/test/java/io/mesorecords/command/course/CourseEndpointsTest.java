package io.mesorecords.command.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.BaselineAssessment;
import io.mesorecords.api.course.CompleteCourse;
import io.mesorecords.api.course.DiscontinueCourse;
import io.mesorecords.api.course.ExtendCourse;
import io.mesorecords.api.course.PlanCourse;
import io.mesorecords.api.course.RecordAssessment;
import io.mesorecords.command.http.CommandApiTest;
import io.mesorecords.command.http.EdgeTestConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class CourseEndpointsTest extends CommandApiTest {

    private static final String PATIENT = "6f1c2b7e-4d4a-4f7e-9a57-0c1e5d0b8a11";
    private static final PatientId PATIENT_ID = PatientId.of(PATIENT);
    private static final String COURSE = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
    private static final CourseId COURSE_ID = CourseId.of(COURSE);
    private static final String BASELINE = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

    @Test
    void plansACourseWithItsCocktailAndBaseline() throws Exception {
        recordAnswersVersion(4);
        MvcResult result = mvc.perform(post("/patients/{id}/courses", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-plan")
                        .header("If-Match", "\"3\"")
                        .content(
                                """
                                {"plannedOn": "2025-03-14", "indications": ["FINE_WRINKLES", "PHOTOAGEING"],
                                 "technique": "MESO_INJECTOR",
                                 "cocktail": [{"name": "Hydra HA", "ingredients": ["HYALURONIC_ACID", "VITAMIN_C"]}],
                                 "areas": ["FOREHEAD", "CHEEKS"], "plannedSessions": 5, "intervalDays": 7,
                                 "baselineAssessments": [{"assessmentId": "%s",
                                   "score": {"scale": "WSRS", "scaleVersion": "1", "value": 3}, "rater": "CLINICIAN"}]}
                                """
                                        .formatted(BASELINE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"4\""))
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        assertThat(location).startsWith("/patients/" + PATIENT + "/courses/");
        CourseId courseId = CourseId.of(location.substring(location.lastIndexOf('/') + 1));
        sent().is(
                        new PlanCourse(
                                PATIENT_ID,
                                courseId,
                                LocalDate.of(2025, 3, 14),
                                Set.of(Indication.FINE_WRINKLES, Indication.PHOTOAGEING),
                                Technique.MESO_INJECTOR,
                                List.of(new CocktailProduct(
                                        "Hydra HA", Set.of(Ingredient.HYALURONIC_ACID, Ingredient.VITAMIN_C))),
                                Set.of(TreatmentArea.FOREHEAD, TreatmentArea.CHEEKS),
                                5,
                                7,
                                List.of(new BaselineAssessment(
                                        AssessmentId.of(BASELINE), Scale.WSRS.score(3), Rater.CLINICIAN))),
                        metadata(
                                EdgeTestConfiguration.PRACTITIONER,
                                "PRACTITIONER",
                                EdgeTestConfiguration.CLINIC,
                                "corr-plan",
                                3L));
    }

    @Test
    void extendsACourse() throws Exception {
        recordAnswersVersion(10);
        mvc.perform(
                        post("/patients/{id}/courses/{course}/extension", PATIENT, COURSE)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-ext")
                                .content(
                                        """
                                {"additionalSessions": 2, "reason": "slow response"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"10\""));

        sent().is(new ExtendCourse(PATIENT_ID, COURSE_ID, 2, "slow response"), developmentMetadata("corr-ext"));
    }

    @Test
    void completesACourse() throws Exception {
        recordAnswersVersion(11);
        mvc.perform(
                        post("/patients/{id}/courses/{course}/completion", PATIENT, COURSE)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-done")
                                .content(
                                        """
                                {"completedOn": "2025-05-02",
                                 "finalClinicianGais": {"scale": "GAIS", "scaleVersion": "1", "value": 2},
                                 "patientSatisfaction": {"scale": "SATISFACTION", "scaleVersion": "1", "value": 5}}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"11\""));

        sent().is(
                        new CompleteCourse(
                                PATIENT_ID,
                                COURSE_ID,
                                LocalDate.of(2025, 5, 2),
                                Scale.GAIS.score(2),
                                Scale.SATISFACTION.score(5)),
                        developmentMetadata("corr-done"));
    }

    @Test
    void discontinuesACourse() throws Exception {
        recordAnswersVersion(8);
        mvc.perform(
                        post("/patients/{id}/courses/{course}/discontinuation", PATIENT, COURSE)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("X-Correlation-Id", "corr-stop")
                                .content(
                                        """
                                {"discontinuedOn": "2025-04-01", "reason": "ADVERSE_REACTION", "details": "nodules"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""));

        sent().is(
                        new DiscontinueCourse(
                                PATIENT_ID,
                                COURSE_ID,
                                LocalDate.of(2025, 4, 1),
                                DiscontinuationReason.ADVERSE_REACTION,
                                "nodules"),
                        developmentMetadata("corr-stop"));
    }

    @Test
    void recordsAnAssessment() throws Exception {
        recordAnswersVersion(7);
        MvcResult result = mvc.perform(post("/patients/{id}/assessments", PATIENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-assess")
                        .content(
                                """
                                {"courseId": "%s", "timePoint": {"kind": "AFTER_SESSION", "number": 2},
                                 "score": {"scale": "HYDRATION", "scaleVersion": "1", "value": 41.5},
                                 "rater": "CLINICIAN", "assessedAt": "2025-03-28T11:00:00Z"}
                                """
                                        .formatted(COURSE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"7\""))
                .andReturn();

        String location = result.getResponse().getHeader("Location");
        assertThat(location).startsWith("/patients/" + PATIENT + "/assessments/");
        AssessmentId assessmentId = AssessmentId.of(location.substring(location.lastIndexOf('/') + 1));
        sent().is(
                        new RecordAssessment(
                                PATIENT_ID,
                                assessmentId,
                                COURSE_ID,
                                TimePoint.afterSession(2),
                                Scale.HYDRATION.score(new java.math.BigDecimal("41.5")),
                                Rater.CLINICIAN,
                                Instant.parse("2025-03-28T11:00:00Z")),
                        developmentMetadata("corr-assess"));
    }
}
