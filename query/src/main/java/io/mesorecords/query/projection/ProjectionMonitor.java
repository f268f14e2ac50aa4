package io.mesorecords.query.projection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Status and lag of every streaming processor of the application, whoever registered it: the read side's own
 * projections and any other. Head and positions are global indexes of the event store.
 */
@Component
public class ProjectionMonitor {

    private record Rebuild(Instant startedAt, long total) {}

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionMonitor(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            TokenStore tokenStore,
            TransactionManager transactionManager) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    public Collection<String> names() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName())
                .sorted()
                .toList();
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    public List<ProjectionStatus> statuses() {
        long head = head();
        return names().stream().map(name -> status(name, head)).toList();
    }

    public Optional<ProjectionStatus> status(String name) {
        return processor(name).map(p -> status(name, head()));
    }

    /** Events between the head of the store and the processor's slowest segment; -1 when it claims none. */
    public long lag(String name) {
        return status(name).map(ProjectionStatus::behind).orElse(-1L);
    }

    void rebuildStarted(String name, Instant at) {
        rebuilds.put(name, new Rebuild(at, head()));
    }

    public long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private ProjectionStatus status(String name, long head) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min()
                .orElse(-1);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean error = processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        long behind = segments.isEmpty() ? -1 : Math.max(0, head - position);
        Rebuild rebuild = rebuilds.get(name);
        return new ProjectionStatus(
                name,
                processor.isRunning(),
                error,
                replaying,
                position,
                head,
                behind,
                segments.size(),
                // Segments claimed by other nodes (or not claimed yet) are not in this node's position.
                transactionManager.fetchInTransaction(() -> tokenStore.fetchSegments(name).length),
                rebuild == null ? null : rebuild.startedAt(),
                rebuild == null ? 0 : Math.min(rebuild.total(), Math.max(0, position)),
                rebuild == null ? 0 : rebuild.total());
    }
}
