package io.mesorecords.app.wiring;

import static io.mesorecords.app.scenario.ClinicalRequests.course;
import static io.mesorecords.app.scenario.ClinicalRequests.registration;
import static io.mesorecords.app.scenario.ClinicalRequests.screening;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.command.axon.CachedRecordCheck;
import io.mesorecords.command.axon.LatestRecordCache;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded app decides no refusal on a cached record that is no longer the latest (decision 29), without a second
 * node or PostgreSQL: an event appended to the store behind the node's cache (as another node sharing the database
 * would) leaves the cached record outdated; the next command, refused on the cached record, is decided again on the
 * stored one. Fails when the command bus's {@code CachedRecordRecheck} is not registered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachedRecordRecheckTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    LatestRecordCache cache;

    @Test
    void aCommandRefusedOnAnOutdatedCachedRecordIsDecidedOnTheStoredRecord() {
        assertThat(cache.check()).isEqualTo(CachedRecordCheck.ON_REFUSAL);
        ClinicHttp http = new ClinicHttp(port);
        String patient = UUID.randomUUID().toString();
        assertThat(http.post("/patients", registration(patient)).status()).isEqualTo(201);
        assertThat(http.post("/patients/" + patient + "/screenings", screening())
                        .status())
                .isEqualTo(201);
        // The node now caches the record at version 1: screened, no consent. Another node records the treatment
        // consent: version 2, written to the store only.
        List<? extends DomainEventMessage<?>> recorded =
                eventStore.readEvents(patient).asStream().toList();
        DomainEventMessage<?> last = recorded.get(recorded.size() - 1);
        eventStore.publish(new GenericDomainEventMessage<>(
                last.getType(),
                patient,
                last.getSequenceNumber() + 1,
                new ConsentRecorded(PatientId.of(patient), ConsentScope.TREATMENT, Instant.now()),
                last.getMetaData()));

        // Planning needs the consent: on the cached record it would be refused.
        ClinicHttp.Answer plan = http.post(
                "/patients/" + patient + "/courses", course(UUID.randomUUID().toString(), "HYALURONIC_ACID"));

        assertThat(plan.status()).as("%s", plan).isEqualTo(201);
        assertThat(plan.version()).isGreaterThan(last.getSequenceNumber() + 1);
    }
}
