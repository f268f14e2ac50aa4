package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.platform.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Commands in over HTTP, read models out over HTTP: the patient history as soon as the command is acknowledged, the
 * history as recorded at a past moment, and the de-identified outcome report. The contexts run with a minimum cell size
 * of 1 so that one patient's course is visible in the report.
 */
abstract class RecordsReadBackContract {

    @LocalServerPort
    int port;

    ClinicHttp http;

    @BeforeEach
    void client() {
        http = new ClinicHttp(port);
    }

    @Test
    void theHistoryReflectsACommandAsSoonAsItIsAcknowledged() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        long version = scenario.completed.version();

        ClinicHttp.Answer history = http.get(scenario.path("/history?minVersion=" + version));

        assertThat(history.status()).as("%s", history).isEqualTo(200);
        assertThat(history.version()).isEqualTo(version);
        JsonNode body = history.body();
        assertThat(body.path("timeline")).hasSize(ClinicalScenario.EVENTS);
        for (JsonNode entry : body.path("timeline")) {
            assertThat(entry.path("recordedBy").path("userId").asString()).isEqualTo("dr-jansen");
            assertThat(entry.path("recordedAt").asString()).isNotBlank();
        }
        JsonNode summary = body.path("summary");
        assertThat(summary.path("allergies")).extracting(JsonNode::asString).containsExactly("VITAMIN_C");
        JsonNode course = summary.path("courses").get(0);
        assertThat(course.path("courseId").asString()).isEqualTo(scenario.course);
        assertThat(course.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(course.path("sessions")).hasSize(5);
        assertThat(course.path("reactions")).hasSize(1);
        assertThat(course.path("assessments")).hasSize(3);
    }

    @Test
    void theHistoryAsRecordedAtAPastMomentLeavesOutWhatCameLater() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        JsonNode now = http.get(scenario.path("/history?minVersion=" + scenario.completed.version()))
                .body();
        List<Instant> recorded = new ArrayList<>();
        now.path("timeline")
                .forEach(e -> recorded.add(Instant.parse(e.path("recordedAt").asString())));
        Instant moment = recorded.stream().sorted().toList().get(4);

        ClinicHttp.Answer asOf = http.get(scenario.path("/history?asOf=" + moment));

        assertThat(asOf.status()).as("%s", asOf).isEqualTo(200);
        long expected = recorded.stream().filter(r -> !r.isAfter(moment)).count();
        assertThat(asOf.body().path("timeline")).hasSize((int) expected);
        assertThat(expected).isLessThan(ClinicalScenario.EVENTS);
        asOf.body().path("timeline").forEach(e -> assertThat(
                        Instant.parse(e.path("recordedAt").asString()))
                .isBeforeOrEqualTo(moment));
        assertThat(asOf.body()
                        .path("summary")
                        .path("courses")
                        .get(0)
                        .path("status")
                        .asString())
                .isNotEqualTo("COMPLETED");
    }

    @Test
    void theOutcomeReportCountsTheCourseAndNamesNobody() {
        // A clinic of its own, so that only this test's course is in the filtered report.
        String clinic = "clinic-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ClinicHttp clinicHttp = new ClinicHttp(port, clinic);
        new ClinicalScenario().recordFullCourse(clinicHttp);
        awaitProjectionsCaughtUp();

        ClinicHttp.Answer report = clinicHttp
                .as(Role.ANALYST)
                .get("/reports/outcomes?groupBy=technique&technique=MESO_INJECTOR&clinic=" + clinic);

        assertThat(report.status()).as("%s", report).isEqualTo(200);
        JsonNode group = report.body().path("groups").get(0);
        assertThat(group.path("suppression").asString()).isEqualTo("NONE");
        JsonNode metrics = group.path("metrics");
        assertThat(metrics.path("coursesCompleted").asLong()).isEqualTo(1);
        assertThat(metrics.path("sessionsPerformed").asLong()).isEqualTo(5);
        assertThat(metrics.path("sessionsWithReaction").asLong()).isEqualTo(1);
        assertThat(metrics.path("reactionIncidencePerSession").asDouble()).isEqualTo(0.2);
        assertThat(metrics.path("gaisResponderRate").asDouble()).isEqualTo(1.0);
        assertThat(metrics.path("meanWsrsChange").asDouble()).isEqualTo(-1.0);
        assertThat(metrics.path("meanSatisfaction").asDouble()).isEqualTo(5.0);
        assertThat(report.body().toString()).doesNotContain("Anna", "de Vries", "1984-05-17", "anna@example.org");
    }

    @Test
    void theLotTraceAndTheScheduleAnswerFromTheirProjections() {
        String clinic = "clinic-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ClinicHttp clinicHttp = new ClinicHttp(port, clinic);
        ClinicalScenario treated = new ClinicalScenario().recordFullCourse(clinicHttp);
        ClinicalScenario booked = new ClinicalScenario();
        clinicHttp.post("/patients", ClinicalRequests.registration(booked.patient));
        clinicHttp.post(booked.path("/screenings"), ClinicalRequests.screening());
        clinicHttp.post(booked.path("/consents"), ClinicalRequests.consent("TREATMENT"));
        clinicHttp.post(booked.path("/courses"), ClinicalRequests.course(booked.course, "HYALURONIC_ACID"));
        String session = java.util.UUID.randomUUID().toString();
        assertThat(clinicHttp
                        .post(
                                booked.path("/sessions"),
                                ClinicalRequests.session(session, booked.course, ClinicalRequests.weekly(0)))
                        .status())
                .isEqualTo(201);
        awaitProjectionsCaughtUp();

        JsonNode uses = clinicHttp
                .get("/lots/" + ClinicalRequests.LOT + "/sessions")
                .body()
                .path("uses");
        List<String> sessionsOfTreated = new ArrayList<>();
        uses.forEach(use -> {
            if (use.path("patientId").asString().equals(treated.patient)) {
                sessionsOfTreated.add(use.path("sessionId").asString());
            }
        });
        assertThat(sessionsOfTreated).containsExactlyInAnyOrderElementsOf(treated.sessions);

        String day = ClinicalRequests.weekly(0).toString().substring(0, 10);
        ClinicHttp.Answer schedule = clinicHttp.as(Role.FRONT_DESK).get("/schedule?clinicId=" + clinic + "&day=" + day);
        assertThat(schedule.status()).as("%s", schedule).isEqualTo(200);
        assertThat(schedule.body().path("sessions"))
                .extracting(s -> s.path("sessionId").asString())
                .containsExactly(session);
    }

    @Test
    void theReadSideAnswersItsOwnRefusalsWhenBothSidesRunInOneProcess() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);

        ClinicHttp.Answer notYet = http.get(scenario.path("/history?minVersion=" + (ClinicalScenario.EVENTS + 5)));
        assertThat(notYet.status()).as("%s", notYet).isEqualTo(503);
        assertThat(notYet.code()).isEqualTo("history.version-not-yet-readable");

        ClinicHttp.Answer unknownPatient = http.get("/patients/" + java.util.UUID.randomUUID() + "/history");
        assertThat(unknownPatient.status()).as("%s", unknownPatient).isEqualTo(404);
        assertThat(unknownPatient.code()).isEqualTo("patient.not-found");

        ClinicHttp.Answer misspelt = http.as(Role.ANALYST).get("/reports/outcomes?groupBy=technique&tecnique=LASER");
        assertThat(misspelt.status()).as("%s", misspelt).isEqualTo(400);
        assertThat(misspelt.code()).endsWith("unknown-parameter");
    }

    void awaitProjectionsCaughtUp() {
        http.awaitProjectionsCaughtUp(Duration.ofSeconds(30));
    }
}
