package io.mesorecords.query.projection;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the event store: stop the processor, reset its tokens (its {@code @ResetHandler}s clear
 * its tables in the same transaction), start it again. The processor then replays in the background while queries
 * keep being answered from what has been rebuilt so far.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionMonitor monitor;
    private final Clock clock;

    ProjectionRebuilds(ProjectionMonitor monitor, ObjectProvider<Clock> clock) {
        this.monitor = monitor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor =
                monitor.processor(name).orElseThrow(() -> new UnknownProjectionException(name));
        log.info("Rebuilding projection {} from the event store", name);
        processor.shutDown();
        processor.resetTokens();
        monitor.rebuildStarted(name, clock.instant());
        processor.start();
        return monitor.status(name).orElseThrow();
    }

    public List<ProjectionStatus> rebuild(Collection<String> names) {
        return names.stream().map(this::rebuild).toList();
    }

    public List<ProjectionStatus> rebuildAll() {
        return rebuild(monitor.names());
    }
}
