package io.mesorecords.query.history;

import io.mesorecords.query.projection.ProjectionMonitor;
import io.mesorecords.query.projection.ProjectionProperties;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether a live batch of the history projection is far enough behind the store's head to fold its patients' streams
 * ahead (docs/benchmarks.md, round 19): more than ten batches. Near the head a patient's stream holds little beyond the
 * batch's own events, and reading it would only deserialize them twice. The head is looked up at most once a second
 * for all segments, so a caught-up processor's many small batches do not each cost a query; it moves by a few hundred
 * events in that time, against a distance of thousands.
 */
@Component
class ReadAhead {

    private static final Duration HEAD_LOOK_INTERVAL = Duration.ofSeconds(1);

    private final long distance;
    private final LongSupplier head;
    private final LongSupplier nanoTime;
    private volatile long knownHead = -1;
    private volatile long lookedAt;
    private volatile boolean looked;

    @Autowired
    ReadAhead(ProjectionProperties properties, ObjectProvider<ProjectionMonitor> monitor) {
        // Asked for on first use: the monitor needs the event processors, which need this projection.
        this(10L * properties.batchSize(), () -> monitor.getObject().head(), System::nanoTime);
    }

    ReadAhead(long distance, LongSupplier head, LongSupplier nanoTime) {
        this.distance = distance;
        this.head = head;
        this.nanoTime = nanoTime;
    }

    /** The batch whose last event is {@code last}. */
    boolean farBehind(EventMessage<?> last) {
        if (!(last instanceof TrackedEventMessage<?> tracked)) {
            return false;
        }
        long position = tracked.trackingToken().position().orElse(Long.MAX_VALUE);
        return head() - position > distance;
    }

    private long head() {
        long now = nanoTime.getAsLong();
        if (!looked || now - lookedAt >= HEAD_LOOK_INTERVAL.toNanos()) {
            // Two segments may both look; either answer will do.
            knownHead = head.getAsLong();
            lookedAt = now;
            looked = true;
        }
        return knownHead;
    }
}
