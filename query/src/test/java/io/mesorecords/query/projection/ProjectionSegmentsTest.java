package io.mesorecords.query.projection;

import static io.mesorecords.query.projection.Patients.someTreated;
import static io.mesorecords.query.projection.Patients.someTreatedInRounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A running processor's segments are split and merged to any count from 1 to {@link ProjectionSegments#MOST}: the
 * stored tokens always divide the events between them exactly once, and the read models built across the changes are
 * the ones a rebuild from the store makes.
 */
@ReadSideTest
class ProjectionSegmentsTest {

    @Autowired
    RecordedEvents given;

    @Autowired
    ReadModelChecksum readModels;

    @Autowired
    ProjectionSegments segments;

    @Autowired
    ProjectionRebuilds rebuilds;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void segmentsAreSplitAndMergedOnTheRunningProcessorWithoutLosingOrRepeatingAnEvent() {
        int created = stored().length;
        someTreated(given, 4);
        given.awaitProjections();

        ProjectionStatus split = segments.scale("schedule", 8);
        assertThat(split.segments()).isEqualTo(8);
        assertThat(split.processor()).isEqualTo(ProjectionProperties.DEFAULT_PROCESSOR);
        assertEven(stored(), 8);
        someTreatedInRounds(given, 4);
        given.awaitProjections();

        assertThat(segments.scale("patient-history", 3).segments()).isEqualTo(3);
        assertEven(stored(), 3);
        someTreated(given, 3);
        given.awaitProjections();

        assertThat(segments.scale("outcome-report", 5).segments()).isEqualTo(5);
        assertEven(stored(), 5);
        someTreatedInRounds(given, 3);
        given.awaitProjections();
        String acrossTheChanges = readModels.digest();

        rebuilds.rebuildAll();
        given.awaitProjections();
        assertThat(readModels.digest()).isEqualTo(acrossTheChanges);

        assertThat(segments.scale("schedule", created).segments()).isEqualTo(created);
        assertEven(stored(), created);
        assertThat(segments.scale("schedule", created).segments())
                .as("asking for the count it has changes nothing")
                .isEqualTo(created);
    }

    @Test
    void aCountOutsideOneToTheMostOrAnUnknownProjectionIsRefusedAndNothingChanges() {
        int[] before = tokenStore.fetchSegments(ProjectionProperties.DEFAULT_PROCESSOR);

        assertThatThrownBy(() -> segments.scale("schedule", 0))
                .isInstanceOfSatisfying(ProjectionSegments.Refused.class, refused -> assertThat(refused.code())
                        .isEqualTo("projection.segments-invalid"));
        assertThatThrownBy(() -> segments.scale("schedule", ProjectionSegments.MOST + 1))
                .isInstanceOf(ProjectionSegments.Refused.class);
        assertThatThrownBy(() -> segments.scale("no-such-projection", 4))
                .isInstanceOf(UnknownProjectionException.class);
        assertThat(tokenStore.fetchSegments(ProjectionProperties.DEFAULT_PROCESSOR))
                .containsExactlyInAnyOrder(before);
    }

    @Test
    void aSegmentAnotherNodeHoldsIsNotSplitAndTheRefusalSaysHowFarItGot() {
        StreamingEventProcessor processor = processing
                .eventProcessor(ProjectionProperties.DEFAULT_PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
        int before = stored().length;
        int held = Arrays.stream(stored())
                .min(Comparator.comparingInt(Segment::getMask).thenComparingInt(Segment::getSegmentId))
                .orElseThrow()
                .getSegmentId();
        // This node lets the segment go for a while; another node claims it (a fresh claim under its own name).
        processor.releaseSegment(held, 30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !processor.processingStatus().containsKey(held));
        jdbc.update(
                "UPDATE tokenentry SET owner = 'another-node', timestamp = ? WHERE processorname = ? AND segment = ?",
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                ProjectionProperties.DEFAULT_PROCESSOR,
                held);
        try {
            assertThatThrownBy(() -> segments.scale("schedule", before * 2))
                    .isInstanceOfSatisfying(ProjectionSegments.Refused.class, refused -> {
                        assertThat(refused.code()).isEqualTo("projection.segments-busy");
                        assertThat(refused.status().value()).isEqualTo(409);
                        assertThat(refused.getMessage()).contains("segment " + held);
                    });
            assertThat(stored()).hasSize(before);
        } finally {
            jdbc.update(
                    "UPDATE tokenentry SET owner = NULL WHERE processorname = ? AND segment = ?",
                    ProjectionProperties.DEFAULT_PROCESSOR,
                    held);
            processor.claimSegment(held);
        }
        given.awaitProjections();
    }

    private Segment[] stored() {
        return Segment.computeSegments(transactionManager.fetchInTransaction(
                () -> tokenStore.fetchSegments(ProjectionProperties.DEFAULT_PROCESSOR)));
    }

    /**
     * The segments cover every sequencing key exactly once, and are as even as their count allows: no segment takes
     * more than twice the share of another.
     */
    private static void assertEven(Segment[] segments, int count) {
        assertThat(segments).hasSize(count);
        for (int key = 0; key < 1024; key++) {
            int k = key;
            assertThat(Arrays.stream(segments).filter(s -> s.matches(k)).count())
                    .as("segments matching %d", key)
                    .isEqualTo(1);
        }
        int widest = Arrays.stream(segments).mapToInt(Segment::getMask).min().orElseThrow();
        int narrowest = Arrays.stream(segments).mapToInt(Segment::getMask).max().orElseThrow();
        assertThat(Integer.bitCount(narrowest) - Integer.bitCount(widest)).isLessThanOrEqualTo(1);
    }
}
