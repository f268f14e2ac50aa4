package io.mesorecords.query.projection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;

/** A rebuild whose reset fails (it rolled back, tokens and tables alike) leaves its processor running, not stopped. */
class ProjectionRebuildsTest {

    @Test
    @SuppressWarnings("unchecked")
    void aFailedResetStartsTheProcessorAgainAndReportsTheFailure() {
        ProjectionMonitor monitor = mock(ProjectionMonitor.class);
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(monitor.processor("outcome-report")).thenReturn(Optional.of(processor));
        when(monitor.rebuilding(processor)).thenReturn(Set.of());
        doThrow(new IllegalStateException("lock timeout"))
                .when(processor)
                .resetTokens(any(java.util.function.Function.class), any());
        ProjectionRebuilds rebuilds =
                new ProjectionRebuilds(monitor, mock(ReadModelStatistics.class), mock(ObjectProvider.class));
        try {
            assertThatThrownBy(() -> rebuilds.rebuild("outcome-report")).hasMessage("lock timeout");

            InOrder order = inOrder(processor);
            order.verify(processor).shutDown();
            order.verify(processor).resetTokens(any(java.util.function.Function.class), any());
            order.verify(processor).start();
        } finally {
            rebuilds.stop();
        }
    }
}
