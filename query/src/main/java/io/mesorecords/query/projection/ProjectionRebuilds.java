package io.mesorecords.query.projection;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the event store: stop the processor that runs them, reset its tokens with a
 * {@link RebuildScope} naming them (their {@code @ResetHandler}s clear their tables in the same transaction), start it
 * again. The processor then replays in the background while queries
 * keep being answered from what has been rebuilt so far. Once every rebuild under way has reached the head it was
 * started at, the database's statistics are refreshed ({@link ReadModelStatistics}).
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionMonitor monitor;
    private final ReadModelStatistics statistics;
    private final Clock clock;
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-completion");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(ProjectionMonitor monitor, ReadModelStatistics statistics, ObjectProvider<Clock> clock) {
        this.monitor = monitor;
        this.statistics = statistics;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        watcher.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }

    public ProjectionStatus rebuild(String name) {
        return rebuild(List.of(name)).get(0);
    }

    /**
     * Rebuilds the named projections: per processor, one reset whose {@link RebuildScope} names them and any
     * projection of that processor whose rebuild is still under way (a reset starts the replay again from the first
     * event, so an unfinished rebuild is restarted rather than cut short). The processor's other projections keep their
     * tables and skip the replayed events. One rebuild request at a time, so that each sees the scope the previous one
     * stored.
     */
    public synchronized List<ProjectionStatus> rebuild(Collection<String> names) {
        Map<StreamingEventProcessor, Set<String>> byProcessor = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(names)) {
            StreamingEventProcessor processor =
                    monitor.processor(name).orElseThrow(() -> new UnknownProjectionException(name));
            byProcessor.computeIfAbsent(processor, p -> new TreeSet<>()).add(name);
        }
        byProcessor.forEach(this::reset);
        return names.stream()
                .distinct()
                .map(name -> monitor.status(name).orElseThrow())
                .toList();
    }

    private void reset(StreamingEventProcessor processor, Set<String> requested) {
        processor.shutDown();
        RebuildScope scope = RebuildScope.of(requested).and(monitor.rebuilding(processor));
        log.info("Rebuilding {} from the event store (processor {})", scope.projections(), processor.getName());
        try {
            processor.resetTokens(StreamableMessageSource::createTailToken, scope.context());
        } catch (RuntimeException failed) {
            // The reset rolled back (its handlers' changes and the tokens alike): carry on from where it stood.
            processor.start();
            throw failed;
        }
        Instant startedAt = clock.instant();
        scope.projections().forEach(name -> monitor.rebuildStarted(name, startedAt));
        underWay.addAll(scope.projections());
        processor.start();
    }

    public List<ProjectionStatus> rebuildAll() {
        return rebuild(monitor.names());
    }

    /** Whether a rebuild started here has not reached the head it was started at. */
    public boolean underWay() {
        return !underWay.isEmpty();
    }

    private void watch() {
        try {
            if (underWay.isEmpty()) {
                return;
            }
            underWay.removeIf(name -> monitor.status(name)
                    .map(s -> !s.error() && s.rebuildDone() >= s.rebuildTotal())
                    .orElse(true));
            if (underWay.isEmpty()) {
                statistics.refresh();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the progress of rebuilds: {}", e.toString());
        }
    }
}
