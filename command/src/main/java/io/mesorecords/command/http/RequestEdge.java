package io.mesorecords.command.http;

import jakarta.servlet.ServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * What the edge resolves about a request before anything else reads it, authentication included: its correlation id,
 * the moment it arrived (the only clock read of the write side) and the version it expects ({@code If-Match}).
 */
public record RequestEdge(String correlationId, Instant recordedAt, Optional<Long> expectedVersion) {

    static final String ATTRIBUTE = RequestEdge.class.getName();

    /** What {@link RequestMetadataFilter} resolved for a request. */
    public static RequestEdge of(ServletRequest request) {
        Object edge = request.getAttribute(ATTRIBUTE);
        if (edge == null) {
            throw new IllegalStateException("RequestMetadataFilter did not run for this request");
        }
        return (RequestEdge) edge;
    }
}
