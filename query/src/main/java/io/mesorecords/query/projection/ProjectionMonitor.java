package io.mesorecords.query.projection;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Status and lag of every declared {@link Projection}, read off the streaming processor that runs it. Head and
 * positions are global indexes of the event store. Projections that share a processor share its position; a rebuild
 * replays only those in its {@link RebuildScope}, so only they show as replaying.
 */
@Component
public class ProjectionMonitor {

    private record Rebuild(Instant startedAt, long total) {}

    private final EventProcessingConfiguration processing;
    private final List<String> names;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionMonitor(
            EventProcessingConfiguration processing,
            ObjectProvider<Projection> projections,
            EventStore eventStore,
            TokenStore tokenStore,
            TransactionManager transactionManager) {
        this.processing = processing;
        this.names =
                projections.stream().map(Projection::name).sorted().distinct().toList();
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    /** The projections' names, sorted. */
    public Collection<String> names() {
        return names;
    }

    /** The processor that runs a projection. */
    public Optional<StreamingEventProcessor> processor(String name) {
        return names.contains(name)
                ? processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    /** The projections that {@code processor} runs. */
    List<String> projectionsOf(StreamingEventProcessor processor) {
        return names.stream()
                .filter(name -> processor(name).filter(processor::equals).isPresent())
                .toList();
    }

    /**
     * The projections of {@code processor} that a stored replay is rebuilding: those in the scope of any segment's
     * replay token, or all of them for a replay without a scope. Empty when no segment is replaying. Reads the tokens
     * from the token store (whichever node ran the replay), which claims them: only for a processor shut down here,
     * about to be reset.
     */
    Set<String> rebuilding(StreamingEventProcessor processor) {
        String processorName = processor.getName();
        List<TrackingToken> tokens =
                transactionManager.fetchInTransaction(() -> Arrays.stream(tokenStore.fetchSegments(processorName))
                        .mapToObj(segment -> tokenStore.fetchToken(processorName, segment))
                        .toList());
        return projectionsOf(processor).stream()
                .filter(projection -> tokens.stream().anyMatch(token -> RebuildScope.replays(token, projection)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public List<ProjectionStatus> statuses() {
        long head = head();
        // Projections that share a processor share its stored segments: counted once per processor.
        Map<String, Integer> storedSegments = new HashMap<>();
        return names.stream()
                .map(name -> status(name, head, processor -> storedSegments.computeIfAbsent(processor, this::segments)))
                .toList();
    }

    public Optional<ProjectionStatus> status(String name) {
        return processor(name).map(p -> status(name, head(), this::segments));
    }

    /**
     * Events between the head of the store and the projection's processor's slowest segment; -1 when it claims none.
     * Read for every gauge scrape: this node's segments only, without the stored segments a status also counts.
     */
    public long lag(String name) {
        return processor(name)
                .map(processor -> behind(processor.processingStatus().values(), head()))
                .orElse(-1L);
    }

    void rebuildStarted(String name, Instant at) {
        rebuilds.put(name, new Rebuild(at, head()));
    }

    public long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** The segments stored for the processor, whichever node claims them. */
    private int segments(String processor) {
        return transactionManager.fetchInTransaction(() -> tokenStore.fetchSegments(processor).length);
    }

    private ProjectionStatus status(String name, long head, ToIntFunction<String> storedSegments) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = position(segments);
        boolean replaying = segments.stream().anyMatch(s -> RebuildScope.replays(s.getTrackingToken(), name));
        boolean error = processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        long behind = behind(segments, head);
        Rebuild rebuild = rebuilds.get(name);
        return new ProjectionStatus(
                name,
                processor.getName(),
                processor.isRunning(),
                error,
                replaying,
                position,
                head,
                behind,
                segments.size(),
                // Segments claimed by other nodes (or not claimed yet) are not in this node's position.
                storedSegments.applyAsInt(processor.getName()),
                rebuild == null ? null : rebuild.startedAt(),
                rebuild == null ? 0 : Math.min(rebuild.total(), Math.max(0, position)),
                rebuild == null ? 0 : rebuild.total());
    }

    /** The slowest of this node's segments; -1 when it claims none. */
    private static long position(Collection<EventTrackerStatus> segments) {
        return segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min()
                .orElse(-1);
    }

    private static long behind(Collection<EventTrackerStatus> segments, long head) {
        return segments.isEmpty() ? -1 : Math.max(0, head - position(segments));
    }
}
