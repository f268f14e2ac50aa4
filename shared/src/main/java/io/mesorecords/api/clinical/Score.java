package io.mesorecords.api.clinical;

import java.math.BigDecimal;

/** A value on a named, versioned clinical scale. */
public record Score(Scale scale, String scaleVersion, BigDecimal value) {

    public boolean isValid() {
        return scale != null && scale.version().equals(scaleVersion) && scale.accepts(value);
    }
}
