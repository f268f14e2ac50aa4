package io.mesorecords.api.clinical;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/** A value on a named, versioned clinical scale. */
public record Score(Scale scale, String scaleVersion, BigDecimal value) {

    // A derived check, not stored: events keep only scale, version and value.
    @JsonIgnore
    public boolean isValid() {
        return scale != null && scale.version().equals(scaleVersion) && scale.accepts(value);
    }
}
