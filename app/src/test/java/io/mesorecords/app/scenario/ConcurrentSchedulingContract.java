package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.session.SessionScheduled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fifty practitioners book sessions for one patient at the same moment, ten for each of five slots: every slot gets
 * exactly one session, every other request is refused with a conflict or a rule, and the record's event sequence has
 * neither gaps nor duplicates.
 */
abstract class ConcurrentSchedulingContract {

    static final int SLOTS = 5;
    static final int REQUESTS_PER_SLOT = 10;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void concurrentBookingsLeaveExactlyOneSessionPerSlot() throws Exception {
        ClinicHttp http = new ClinicHttp(port);
        String patient = UUID.randomUUID().toString();
        String course = UUID.randomUUID().toString();
        http.post("/patients", registration(patient));
        http.post("/patients/" + patient + "/screenings", screening());
        http.post("/patients/" + patient + "/consents", consent("TREATMENT"));
        Map<String, Object> plan = new java.util.LinkedHashMap<>(course(course, "HYALURONIC_ACID"));
        plan.put("plannedSessions", 12);
        assertThat(http.post("/patients/" + patient + "/courses", plan).status())
                .isEqualTo(201);

        record Booking(Instant slot, ClinicHttp.Answer answer) {}
        ExecutorService clients = Executors.newFixedThreadPool(SLOTS * REQUESTS_PER_SLOT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Booking>> bookings = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            Instant startsAt = weekly(slot * 2);
            for (int r = 0; r < REQUESTS_PER_SLOT; r++) {
                bookings.add(clients.submit(() -> {
                    start.await();
                    return new Booking(
                            startsAt,
                            http.post(
                                    "/patients/" + patient + "/sessions",
                                    session(UUID.randomUUID().toString(), course, startsAt)));
                }));
            }
        }
        start.countDown();
        List<Booking> answers = new ArrayList<>();
        for (Future<Booking> booking : bookings) {
            answers.add(booking.get());
        }
        clients.shutdown();

        Map<Instant, Long> winnersPerSlot = answers.stream()
                .filter(b -> b.answer().status() == 201)
                .collect(Collectors.groupingBy(Booking::slot, Collectors.counting()));
        assertThat(winnersPerSlot).hasSize(SLOTS).allSatisfy((slot, winners) -> assertThat(winners)
                .as("sessions booked at %s", slot)
                .isEqualTo(1L));
        assertThat(answers)
                .filteredOn(b -> b.answer().status() != 201)
                .hasSize(SLOTS * (REQUESTS_PER_SLOT - 1))
                .allSatisfy(b -> {
                    assertThat(b.answer().status()).as("%s", b.answer()).isIn(409, 422);
                    assertThat(b.answer().code())
                            .isIn("session.overlap", "session.interval-too-short", "record.concurrent-change");
                });

        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(patient).asStream().toList();
        assertThat(events)
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(ClinicalScenarioContract.sequence(events.size()));
        assertThat(events)
                .filteredOn(e -> e.getPayload() instanceof SessionScheduled)
                .hasSize(SLOTS);
    }
}
