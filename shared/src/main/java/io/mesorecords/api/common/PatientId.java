package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a patient record: the aggregate and the consistency boundary of every safety rule. */
public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "PatientId needs a value");
    }

    @JsonCreator
    public static PatientId of(String value) {
        return new PatientId(UUID.fromString(value));
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
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
