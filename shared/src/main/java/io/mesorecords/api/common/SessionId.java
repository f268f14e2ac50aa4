package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one session (one visit) of a course. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "SessionId needs a value");
    }

    @JsonCreator
    public static SessionId of(String value) {
        return new SessionId(UUID.fromString(value));
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @JsonValue
    public String asString() {
        return value.toString();
    }

    // Axon uses toString() as the aggregate identifier and routing key.
    @Override
    public String toString() {
        return value.toString();
    }
}
