package io.mesorecords.query.projection;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ReadModelStatistics statistics;

    @Test
    void projectionsArePooledStreamingProcessorsWithTheirTokensInTheReadModelTransaction() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(monitor.names()).containsAll(OURS);
        // One processor reads the store once for every read model (decision 27).
        OURS.forEach(name -> assertThat(
                        processing.eventProcessorByProcessingGroup(name, PooledStreamingEventProcessor.class))
                .get()
                .extracting(PooledStreamingEventProcessor::getName)
                .isEqualTo(ProjectionProperties.DEFAULT_PROCESSOR));
        assertThat(monitor.statuses())
                .filteredOn(s -> OURS.contains(s.name()))
                .extracting(ProjectionStatus::processor)
                .containsOnly(ProjectionProperties.DEFAULT_PROCESSOR);
    }

    @Test
    void rebuildingOneProjectionLeavesTheOthersOfItsProcessorAlone() {
        someTreated(given, 6);
        given.awaitProjections();
        long lotUses = readModels.rows("lot_use");
        long sessions = readModels.rows("schedule_session");
        assertThat(lotUses).isGreaterThanOrEqualTo(6);
        assertThat(sessions).isGreaterThanOrEqualTo(6);
        // Damage two read models; rebuilding one must repair it and leave the other exactly as it is.
        jdbc.update("DELETE FROM lot_use");
        jdbc.update("DELETE FROM schedule_session");

        Instant rebuildStarted = Instant.now();
        List<ProjectionStatus> started = rebuilds.rebuild(List.of("lot-trace"));
        given.awaitProjections();

        assertThat(started).extracting(ProjectionStatus::name).containsExactly("lot-trace");
        assertThat(readModels.rows("lot_use")).isEqualTo(lotUses);
        assertThat(readModels.rows("schedule_session"))
                .as("the schedule shares the processor but was not replayed")
                .isZero();
        ProjectionStatus lotTrace = monitor.status("lot-trace").orElseThrow();
        assertThat(lotTrace.rebuildTotal()).isEqualTo(monitor.head());
        assertThat(lotTrace.rebuildDone()).isEqualTo(lotTrace.rebuildTotal());
        Instant scheduleRebuilt = monitor.status("schedule").orElseThrow().rebuildStartedAt();
        assertThat(scheduleRebuilt == null || scheduleRebuilt.isBefore(rebuildStarted))
                .as("no rebuild of the schedule started")
                .isTrue();

        // Events after the rebuild's starting point reach every projection, also those it left alone.
        someTreated(given, 1);
        given.awaitProjections();
        assertThat(readModels.rows("schedule_session")).isEqualTo(1);
        assertThat(readModels.rows("lot_use")).isEqualTo(lotUses + 1);

        rebuilds.rebuild("schedule");
        given.awaitProjections();
        assertThat(readModels.rows("schedule_session")).isEqualTo(sessions + 1);
        assertThat(readModels.rows("lot_use")).isEqualTo(lotUses + 1);
    }

    @Test
    void aRebuildRequestedWhileAnotherIsUnderWayReplaysBoth() {
        someTreated(given, 4);
        given.awaitProjections();
        String incremental = readModels.digest();

        // A rebuild of the lot trace that a stopped node left unfinished: its tables cleared, its replay token stored.
        StreamingEventProcessor processor = monitor.processor("lot-trace").orElseThrow();
        processor.shutDown();
        String unfinished = RebuildScope.of(List.of("lot-trace")).context();
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(processor.getName())) {
                TrackingToken reached = tokenStore.fetchToken(processor.getName(), segment);
                tokenStore.storeToken(
                        ReplayToken.createReplayToken(reached, null, unfinished), processor.getName(), segment);
            }
            jdbc.update("DELETE FROM lot_use");
            jdbc.update("DELETE FROM lot_patient");
        });

        List<ProjectionStatus> started = rebuilds.rebuild(List.of("schedule"));
        given.awaitProjections();

        assertThat(monitor.status("lot-trace").orElseThrow().rebuildTotal())
                .as("the unfinished rebuild is part of the new one")
                .isEqualTo(monitor.head());
        assertThat(started).extracting(ProjectionStatus::name).containsExactly("schedule");
        assertThat(readModels.digest()).isEqualTo(incremental);
    }

    @Test
    void aRebuiltReadModelIsIdenticalToTheIncrementallyBuiltOne() {
        someTreated(given, 20);
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
    void aRebuildOfPatientsWhoseEventsLieBetweenEachOthersIsIdenticalToTheIncrementallyBuiltOne() {
        // 30 patients, one event each per round: each replayed batch (100 events) holds a few events of every one of
        // them, and the first holds none of their last events.
        someTreatedInRounds(given, 30);
        given.awaitProjections();
        Map<String, String> incremental = readModels.digests();

        rebuilds.rebuildAll();
        given.awaitProjections();

        assertThat(readModels.digests()).isEqualTo(incremental);
    }

    @Test
    void aProcessorWithoutTokensTakesOverThoseOfTheProcessorsItsProjectionsHadBefore() {
        someTreated(given, 3);
        given.awaitProjections();
        long lotUsesBefore = readModels.rows("lot_use");
        long reached = monitor.head();
        someTreated(given, 3);
        given.awaitProjections();
        long lotUses = readModels.rows("lot_use");
        String incremental = readModels.digest();

        // The tokens of a store projected before decision 27: a processor per projection, the lot trace's behind the
        // schedule's, none for the shared processor; and a lot trace without the uses it has not reached.
        StreamingEventProcessor processor = monitor.processor("lot-trace").orElseThrow();
        processor.shutDown();
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(processor.getName())) {
                tokenStore.fetchToken(processor.getName(), segment);
                tokenStore.deleteToken(processor.getName(), segment);
            }
            tokenStore.initializeTokenSegments("lot-trace", 2, GapAwareTrackingToken.newInstance(reached, List.of()));
            tokenStore.initializeTokenSegments(
                    "schedule", 2, GapAwareTrackingToken.newInstance(monitor.head(), List.of()));
            jdbc.update("DELETE FROM lot_use");
        });
        processor.start();
        given.awaitProjections();

        assertThat(readModels.rows("lot_use"))
                .as("the shared processor started where the slowest predecessor stood, not at the first event")
                .isEqualTo(lotUses - lotUsesBefore);
        transactionManager.executeInTransaction(() -> {
            assertThat(tokenStore.fetchSegments("lot-trace")).isEmpty();
            assertThat(tokenStore.fetchSegments("schedule")).isEmpty();
        });

        rebuilds.rebuild("lot-trace");
        given.awaitProjections();
        assertThat(readModels.digest()).isEqualTo(incremental);
    }

    @Test
    void aTakeOverThatMeetsAnotherNodesClaimFailsWithNothingDeleted() {
        PredecessorTokens takeOver = new PredecessorTokens("taking-over", List.of("old-a", "old-b"), tokenStore);
        transactionManager.executeInTransaction(() -> {
            tokenStore.initializeTokenSegments("old-a", 1, GapAwareTrackingToken.newInstance(5, List.of()));
            tokenStore.initializeTokenSegments("old-b", 1, GapAwareTrackingToken.newInstance(7, List.of()));
        });
        jdbc.update(
                "UPDATE TokenEntry SET owner = 'an-old-node', timestamp = ? WHERE processorName = 'old-b'",
                DateTimeUtils.formatInstant(Instant.now()));

        // As Axon's coordinator does: the failure is caught inside the transaction, which then commits.
        transactionManager.executeInTransaction(() ->
                assertThatThrownBy(() -> takeOver.apply(eventStore)).isInstanceOf(UnableToClaimTokenException.class));
        transactionManager.executeInTransaction(() -> {
            assertThat(tokenStore.fetchSegments("old-a")).hasSize(1);
            assertThat(tokenStore.fetchSegments("old-b")).hasSize(1);
        });

        jdbc.update("UPDATE TokenEntry SET owner = NULL WHERE processorName = 'old-b'");
        TrackingToken start = transactionManager.fetchInTransaction(() -> takeOver.apply(eventStore));
        assertThat(start.position()).hasValue(5);
        transactionManager.executeInTransaction(() -> {
            assertThat(tokenStore.fetchSegments("old-a")).isEmpty();
            assertThat(tokenStore.fetchSegments("old-b")).isEmpty();
        });
    }

    @Test
    void aRedeliveredStreamChangesNothing() {
        someTreated(given, 5);
        given.awaitProjections();
        String once = readModels.digest();

        // Rewind every segment's token to the start without a reset: every event is delivered a second time.
        OURS.stream()
                .map(name -> monitor.processor(name).orElseThrow())
                .distinct()
                .forEach(this::rewindWithoutReset);
        given.awaitProjections();

        assertThat(readModels.digest()).isEqualTo(once);
    }

    @Test
    void eachProjectionsLagIsAGauge() {
        someTreated(given, 1);
        given.awaitProjections();

        OURS.forEach(name -> assertThat(meters.get("mesorecords.projection.lag")
                        .tag("projection", name)
                        .tag("processor", ProjectionProperties.DEFAULT_PROCESSOR)
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

    private void rewindWithoutReset(StreamingEventProcessor processor) {
        String name = processor.getName();
        processor.shutDown();
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(-1, List.of()), name, segment);
            }
        });
        processor.start();
    }
}
