package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one medical history (screening) entry. */
public record ScreeningId(UUID value) {

    public ScreeningId {
        Objects.requireNonNull(value, "ScreeningId needs a value");
    }

    @JsonCreator
    public static ScreeningId of(String value) {
        return new ScreeningId(UUID.fromString(value));
    }

    public static ScreeningId random() {
        return new ScreeningId(UUID.randomUUID());
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
