package io.mesorecords.query.history;

import io.mesorecords.query.projection.ProjectionProperties;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether a live batch of the history projection is far enough behind the store's head to fold its patients' streams
 * ahead (docs/benchmarks.md, round 19). Only a batch of at least half the configured batch size is asked about: a
 * processor fills its batches only when events are waiting, so the small batches of a caught-up processor never cost
 * the look at the head. Far behind is more than ten batches: near the head a patient's stream holds little beyond the
 * batch's own events, and reading it would only deserialize them twice.
 */
@Component
class ReadAhead {

    private final int leastEvents;
    private final long distance;
    private final LongSupplier head;

    @Autowired
    ReadAhead(ProjectionProperties properties, PatientStreams streams) {
        this(Math.max(1, properties.batchSize() / 2), 10L * properties.batchSize(), streams::head);
    }

    ReadAhead(int leastEvents, long distance, LongSupplier head) {
        this.leastEvents = leastEvents;
        this.distance = distance;
        this.head = head;
    }

    /** A batch of {@code events} events, the last of them {@code last}. */
    boolean farBehind(int events, EventMessage<?> last) {
        if (events < leastEvents || !(last instanceof TrackedEventMessage<?> tracked)) {
            return false;
        }
        long position = tracked.trackingToken().position().orElse(Long.MAX_VALUE);
        return head.getAsLong() - position > distance;
    }
}
