package io.mesorecords.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies the practitioner who performs or is scheduled for a session. */
public record PractitionerId(String value) {

    public PractitionerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PractitionerId needs a value");
        }
    }

    @JsonCreator
    public static PractitionerId of(String value) {
        return new PractitionerId(value);
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
