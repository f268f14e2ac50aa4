package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.FindPatientHistoryQuery;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.lot.FindLotUsesQuery;
import io.mesorecords.api.lot.LotTrace;
import io.mesorecords.api.maintenance.FindMaintenanceDueQuery;
import io.mesorecords.api.maintenance.MaintenanceDue;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeReport;
import io.mesorecords.api.schedule.FindScheduleQuery;
import io.mesorecords.api.schedule.Schedule;
import io.mesorecords.app.support.EmbeddedDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In Axon Server mode a query is often answered by another node, and its response crosses the network through the
 * messages serializer. Every response type of the read side, filled by a real course, must read back equal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryResponseSerializationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueryGateway queries;

    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Test
    void everyQueryResponseSurvivesTheMessagesSerializer() {
        ClinicHttp http = new ClinicHttp(port);
        FullCourse.Recorded recorded = new FullCourse(List.of(http)).record();
        bookOneSession(http);
        ClinicId clinic = ClinicId.of("clinic-amsterdam");

        PatientHistory history = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new FindPatientHistoryQuery(PatientId.of(recorded.patientId())),
                                        ResponseTypes.optionalInstanceOf(PatientHistory.class))
                                .join()
                                .orElse(null),
                        found -> found != null && found.version() == recorded.version());
        assertThat(history.timeline()).hasSize(FullCourse.EVENTS);
        // Axon unwraps a handler's Optional: the response payload is the history itself.
        assertSurvives(history);

        Schedule schedule = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new FindScheduleQuery(
                                                clinic,
                                                null,
                                                ClinicalRequests.FIRST_SESSION.minus(Duration.ofDays(7)),
                                                ClinicalRequests.FIRST_SESSION.plus(Duration.ofDays(90))),
                                        Schedule.class)
                                .join(),
                        found -> !found.sessions().isEmpty());
        assertSurvives(schedule);

        LotTrace lot = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(new FindLotUsesQuery(ClinicalRequests.LOT), LotTrace.class)
                                .join(),
                        found -> !found.uses().isEmpty());
        assertSurvives(lot);

        MaintenanceDue due = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new FindMaintenanceDueQuery(
                                                clinic, LocalDate.parse("2020-01-01"), LocalDate.parse("2030-12-31")),
                                        MaintenanceDue.class)
                                .join(),
                        found -> !found.patients().isEmpty());
        assertSurvives(due);

        OutcomeReport report = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new FindOutcomeReportQuery(List.of(OutcomeDimension.values()[0]), null, null),
                                        OutcomeReport.class)
                                .join(),
                        found -> !found.groups().isEmpty());
        assertSurvives(report);
    }

    /** The schedule lists sessions still to come; the full course has performed all of its own. */
    private static void bookOneSession(ClinicHttp http) {
        String patient = UUID.randomUUID().toString();
        String course = UUID.randomUUID().toString();
        String base = "/patients/" + patient;
        http.post("/patients", ClinicalRequests.registration(patient));
        http.post(base + "/screenings", ClinicalRequests.screening());
        http.post(base + "/consents", ClinicalRequests.consent("TREATMENT"));
        http.post(base + "/courses", ClinicalRequests.course(course, "HYALURONIC_ACID"));
        ClinicHttp.Answer booked = http.post(
                base + "/sessions",
                ClinicalRequests.session(UUID.randomUUID().toString(), course, ClinicalRequests.weekly(0)));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
    }

    private void assertSurvives(Object response) {
        SerializedObject<byte[]> sent = messageSerializer.serialize(response, byte[].class);

        Object received = messageSerializer.deserialize(sent);

        assertThat(received).as(response.getClass().getSimpleName()).isEqualTo(response);
    }
}
