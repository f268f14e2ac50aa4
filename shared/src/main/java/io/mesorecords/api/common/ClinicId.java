package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a clinic of the chain; every patient belongs to exactly one. */
public record ClinicId(String value) {

    public ClinicId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ClinicId needs a value");
        }
    }

    @JsonCreator
    public static ClinicId of(String value) {
        return new ClinicId(value);
    }

    @JsonValue
    public String asString() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
