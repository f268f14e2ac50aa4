package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a reaction a patient had after a session. */
public record ReactionId(UUID value) {

    public ReactionId {
        Objects.requireNonNull(value, "ReactionId needs a value");
    }

    @JsonCreator
    public static ReactionId of(String value) {
        return new ReactionId(UUID.fromString(value));
    }

    public static ReactionId random() {
        return new ReactionId(UUID.randomUUID());
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
