package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one measured outcome of a course. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "AssessmentId needs a value");
    }

    @JsonCreator
    public static AssessmentId of(String value) {
        return new AssessmentId(UUID.fromString(value));
    }

    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
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
