package io.mesorecords.query.projection;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the event store: stop the processor, reset its tokens (its {@code @ResetHandler}s clear
 * its tables in the same transaction), start it again. The processor then replays in the background while queries
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
        StreamingEventProcessor processor =
                monitor.processor(name).orElseThrow(() -> new UnknownProjectionException(name));
        log.info("Rebuilding projection {} from the event store", name);
        processor.shutDown();
        processor.resetTokens();
        monitor.rebuildStarted(name, clock.instant());
        underWay.add(name);
        processor.start();
        return monitor.status(name).orElseThrow();
    }

    public List<ProjectionStatus> rebuild(Collection<String> names) {
        return names.stream().map(this::rebuild).toList();
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
