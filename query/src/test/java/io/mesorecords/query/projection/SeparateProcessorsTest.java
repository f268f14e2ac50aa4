package io.mesorecords.query.projection;

import static io.mesorecords.query.projection.Patients.someTreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** {@code mesorecords.projections.processors} gives a projection a processor of its own. */
@ReadSideTest
@TestPropertySource(properties = "mesorecords.projections.processors.outcome-report=analytics")
class SeparateProcessorsTest {

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

    @Test
    void aProjectionNamedInTheSettingsRunsInItsOwnProcessorAndRebuildsWithTheOthers() {
        assertThat(processing.eventProcessor("analytics", PooledStreamingEventProcessor.class))
                .isPresent();
        assertThat(monitor.statuses())
                .extracting(ProjectionStatus::name, ProjectionStatus::processor)
                .contains(
                        tuple("outcome-report", "analytics"),
                        tuple("patient-history", ProjectionProperties.DEFAULT_PROCESSOR),
                        tuple("schedule", ProjectionProperties.DEFAULT_PROCESSOR));

        someTreated(given, 6);
        given.awaitProjections();
        String incremental = readModels.digest();
        assertThat(readModels.rows("outcome_course")).isGreaterThanOrEqualTo(6);

        List<ProjectionStatus> started = rebuilds.rebuild(List.of("outcome-report", "schedule"));
        given.awaitProjections();

        assertThat(started).extracting(ProjectionStatus::processor).containsExactly("analytics", "read-models");
        assertThat(started).allSatisfy(s -> assertThat(s.rebuildTotal()).isEqualTo(monitor.head()));
        assertThat(readModels.digest()).isEqualTo(incremental);
    }
}
