package io.mesorecords.app.deployment;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.session.SessionScheduled;
import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.scenario.ClinicalRequests;
import io.mesorecords.app.scenario.FullCourse;
import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.app.support.TestPostgres;
import io.mesorecords.command.axon.CachedRecordCheck;
import io.mesorecords.command.axon.LatestRecordCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command services over one PostgreSQL change the same patients at the same moment. Each node caches records and
 * serializes the commands it receives per patient, but nothing serializes them across nodes except the event table's
 * unique key: a command that loses the race is sent again on the record as the winner left it, and after the last
 * retry answers 409. No answered change is missing from the store and no sequence number is taken twice. A cached
 * record is checked against the store when a command on it is refused (the default); {@link
 * SharedPostgresCommandNodesCheckedEveryCommandTest} checks it before every command instead.
 */
@RequiresPostgres
class SharedPostgresCommandNodesTest {

    static final int PATIENTS = 8;
    static final int BOOKINGS_PER_NODE = 3;

    private final TestPostgres.Database database = TestPostgres.freshDatabase();
    private ServiceNodes nodes;
    private ConfigurableApplicationContext first;
    private ClinicHttp firstNode;
    private ClinicHttp secondNode;

    /** Settings of both nodes beyond the database. */
    List<String> settings() {
        return List.of();
    }

    /** The check the nodes are expected to run with. */
    CachedRecordCheck check() {
        return CachedRecordCheck.ON_REFUSAL;
    }

    @Test
    void theNodesCheckCachedRecordsAsConfigured() {
        assertThat(first.getBean(LatestRecordCache.class).check()).isEqualTo(check());
    }

    @BeforeEach
    void startTwoCommandNodes() {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(settings());
        nodes = new ServiceNodes(arguments.toArray(String[]::new));
        first = nodes.commandNode();
        firstNode = new ClinicHttp(ServiceNodes.port(first));
        secondNode = new ClinicHttp(ServiceNodes.port(nodes.commandNode()));
    }

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void eachNodeDecidesOnTheRecordAsTheOtherNodeLeftIt() {
        // Every request goes to the other node than the one before: each finds its cached record outdated.
        FullCourse.Recorded recorded = new FullCourse(List.of(firstNode, secondNode)).record();

        assertThat(events(recorded.patientId()))
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(sequence(FullCourse.EVENTS));
    }

    @Test
    void conflictingChangesOnTwoNodesLoseNothingAndTakeNoSequenceNumberTwice() throws Exception {
        List<Patient> patients = new ArrayList<>();
        for (int p = 0; p < PATIENTS; p++) {
            patients.add(Patient.readyForSessions(firstNode));
        }

        record Change(Patient patient, Class<?> event, String entryId, ClinicHttp.Answer answer) {}
        ExecutorService clients = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Change>> changes = new ArrayList<>();
        for (Patient patient : patients) {
            for (int b = 0; b < BOOKINGS_PER_NODE; b++) {
                // The nodes book alternate weeks, so no booking breaks a rule of another: only the race can refuse.
                for (ClinicHttp node : List.of(firstNode, secondNode)) {
                    int week = 2 * b + (node == firstNode ? 0 : 1);
                    String session = UUID.randomUUID().toString();
                    changes.add(clients.submit(() -> {
                        start.await();
                        return new Change(
                                patient,
                                SessionScheduled.class,
                                session,
                                node.post(patient.path("/sessions"), session(session, patient.course, weekly(week))));
                    }));
                }
            }
            for (String scope : List.of("ANALYTICS", "PHOTOGRAPHS")) {
                ClinicHttp node = scope.equals("ANALYTICS") ? firstNode : secondNode;
                changes.add(clients.submit(() -> {
                    start.await();
                    return new Change(
                            patient,
                            ConsentRecorded.class,
                            scope,
                            node.post(patient.path("/consents"), consent(scope)));
                }));
            }
        }
        start.countDown();
        List<Change> answered = new ArrayList<>();
        for (Future<Change> change : changes) {
            answered.add(change.get());
        }
        clients.shutdown();

        assertThat(answered).filteredOn(c -> c.answer().status() >= 300).allSatisfy(c -> {
            assertThat(c.answer().status()).as("%s", c.answer()).isEqualTo(409);
            assertThat(c.answer().code()).isEqualTo("record.concurrent-change");
        });
        assertThat(answered).filteredOn(c -> c.answer().status() == 201).isNotEmpty();
        for (Patient patient : patients) {
            List<? extends DomainEventMessage<?>> events = events(patient.id);
            assertThat(events)
                    .as("patient %s", patient.id)
                    .extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(sequence(events.size()));
            List<Change> recorded = answered.stream()
                    .filter(c -> c.patient() == patient && c.answer().status() == 201)
                    .toList();
            assertThat(events).hasSize(patient.prepared + recorded.size());
            for (Change change : recorded) {
                DomainEventMessage<?> event = events.get((int) change.answer().version());
                assertThat(event.getPayload()).isInstanceOf(change.event());
                assertThat(change.answer().location()).endsWith("/" + change.entryId());
            }
        }
    }

    private List<? extends DomainEventMessage<?>> events(String patientId) {
        return first.getBean(EventStore.class)
                .readEvents(patientId, 0)
                .asStream()
                .toList();
    }

    private static List<Long> sequence(int size) {
        return LongStream.range(0, size).boxed().toList();
    }

    /** A screened, consenting patient with a course of twelve weekly sessions planned and none booked. */
    private record Patient(String id, String course, int prepared) {

        static Patient readyForSessions(ClinicHttp node) {
            String id = UUID.randomUUID().toString();
            String course = UUID.randomUUID().toString();
            Patient patient = new Patient(id, course, 6);
            assertThat(node.post("/patients", registration(id)).status()).isEqualTo(201);
            assertThat(node.post(patient.path("/screenings"), screening()).status())
                    .isEqualTo(201);
            assertThat(node.post(patient.path("/consents"), consent("TREATMENT"))
                            .status())
                    .isEqualTo(201);
            Map<String, Object> plan = new LinkedHashMap<>(ClinicalRequests.course(course, "HYALURONIC_ACID"));
            plan.put("plannedSessions", 12);
            // plan + 2 baseline assessments: 6 events in all
            assertThat(node.post(patient.path("/courses"), plan).status()).isEqualTo(201);
            return patient;
        }

        String path(String tail) {
            return "/patients/" + id + tail;
        }
    }
}
