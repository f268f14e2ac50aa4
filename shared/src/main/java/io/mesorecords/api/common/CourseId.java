package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a treatment course (a planned series of sessions) within a patient record. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "CourseId needs a value");
    }

    @JsonCreator
    public static CourseId of(String value) {
        return new CourseId(UUID.fromString(value));
    }

    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
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
