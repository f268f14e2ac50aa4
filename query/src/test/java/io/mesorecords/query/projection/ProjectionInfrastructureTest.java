package io.mesorecords.query.projection;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadSideTest
class ProjectionInfrastructureTest {

    private static final List<String> OURS =
            List.of("lot-trace", "maintenance-due", "outcome-report", "patient-history", "schedule");

    @Autowired
    RecordedEvents given;

    @Autowired
    ReadModelChecksum readModels;

    @Autowired
    ProjectionMonitor monitor;

    @Autowired
    ProjectionRebuilds rebuilds;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReadModelStatistics statistics;

    @Test
    void projectionsArePooledStreamingProcessorsWithTheirTokensInTheReadModelTransaction() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(monitor.names()).containsAll(OURS);
        OURS.forEach(name -> assertThat(processing.eventProcessor(name, PooledStreamingEventProcessor.class))
                .isPresent());
    }

    @Test
    void aRebuiltReadModelIsIdenticalToTheIncrementallyBuiltOne() {
        someTreatedPatients(20);
        given.awaitProjections();
        String incremental = readModels.digest();
        assertThat(readModels.rows("patient_history")).isGreaterThanOrEqualTo(20);
        assertThat(readModels.rows("outcome_course")).isGreaterThanOrEqualTo(20);
        assertThat(readModels.rows("outcome_assessment")).isGreaterThanOrEqualTo(40);

        Instant rebuildStarted = Instant.now();
        List<ProjectionStatus> started = rebuilds.rebuildAll();
        given.awaitProjections();

        assertThat(started).extracting(ProjectionStatus::rebuildTotal).allMatch(total -> total == monitor.head());
        assertThat(monitor.statuses())
                .filteredOn(s -> OURS.contains(s.name()))
                .allSatisfy(s -> assertThat(s.rebuildDone()).isEqualTo(s.rebuildTotal()));
        assertThat(readModels.digest()).isEqualTo(incremental);
        // Once every rebuild has reached its head, the planner statistics are refreshed (PostgreSQL: a test in app).
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !rebuilds.underWay()
                        && statistics.lastRefresh() != null
                        && !statistics.lastRefresh().isBefore(rebuildStarted));
    }

    @Test
    void aRedeliveredStreamChangesNothing() {
        someTreatedPatients(5);
        given.awaitProjections();
        String once = readModels.digest();

        // Rewind every segment's token to the start without a reset: every event is delivered a second time.
        OURS.forEach(this::rewindWithoutReset);
        given.awaitProjections();

        assertThat(readModels.digest()).isEqualTo(once);
    }

    @Test
    void eachProcessorsLagIsAGauge() {
        someTreatedPatients(1);
        given.awaitProjections();

        OURS.forEach(name -> assertThat(meters.get("mesorecords.projection.lag")
                        .tag("processor", name)
                        .gauge()
                        .value())
                .isZero());
    }

    @Test
    void aReaderWaitingForAVersionIsWokenWhenItIsApplied() {
        AppliedVersions versions = new AppliedVersions();

        CompletableFuture<Long> waiting = versions.await("patient", 3, () -> 1);
        versions.applied("patient", 2);
        assertThat(waiting).isNotDone();
        versions.applied("patient", 3);

        assertThat(waiting).isCompletedWithValue(3L);
        assertThat(versions.await("patient", 3, () -> 3)).isCompletedWithValue(3L);
    }

    private void rewindWithoutReset(String name) {
        StreamingEventProcessor processor = monitor.processor(name).orElseThrow();
        processor.shutDown();
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(-1, List.of()), name, segment);
            }
        });
        processor.start();
    }

    /** Half consent to analytics before planning, half after treatment (the outcome report then replays them). */
    private void someTreatedPatients(int count) {
        for (int i = 0; i < count; i++) {
            PatientId patient = PatientId.random();
            CourseId course = CourseId.random();
            SessionId session = SessionId.random();
            ReactionId reaction = ReactionId.random();
            Instant at = Instant.parse("2025-02-03T10:00:00Z").plusSeconds(3600L * i);
            given.record(
                    at,
                    registered(patient, "Patient" + i, "Test"),
                    screenedAllergicTo(patient, LocalDate.of(2025, 2, 1), Ingredient.ZINC));
            if (i % 2 == 0) {
                given.record(at, consentedToAnalytics(patient, at));
            }
            given.record(
                    at,
                    coursePlanned(patient, course, LocalDate.of(2025, 2, 1)),
                    assessed(patient, course, TimePoint.baseline(), "4", Rater.CLINICIAN, at),
                    scheduled(patient, course, session, at),
                    performed(patient, course, session, at, "LOT-" + (i % 3)),
                    reacted(patient, course, session, reaction, at.plusSeconds(600)),
                    resolved(patient, reaction, at.plusSeconds(600 + 3600L * i)),
                    assessed(patient, course, TimePoint.afterSession(1), "3", Rater.PATIENT, at.plusSeconds(7200)),
                    completed(patient, course, LocalDate.of(2025, 3, 1)),
                    indicationsCorrected(patient, course, "FINE_WRINKLES,PHOTOAGEING"));
            if (i % 2 == 1) {
                given.record(at, consentedToAnalytics(patient, at));
            }
        }
    }
}
