package io.mesorecords.query.projection;

import java.util.Objects;

/**
 * A read model the read side projects from the event store: declared as a bean, with the name of the processing group
 * its handlers carry ({@code @ProcessingGroup}). {@link ProjectionConfiguration} runs every declared projection in a
 * pooled streaming processor: all of them in one ({@link ProjectionProperties#DEFAULT_PROCESSOR}) unless
 * {@code mesorecords.projections.processors} gives one its own. The name is what operators rebuild and monitor.
 */
public record Projection(String name) {

    public Projection {
        Objects.requireNonNull(name, "name");
    }
}
