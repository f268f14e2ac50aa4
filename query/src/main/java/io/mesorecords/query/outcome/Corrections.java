package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.Scale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads corrected values of an {@code EntryCorrected}. The contract names no keys; the report follows the field names
 * of the corrected event and keeps the old value when a value is absent or unreadable.
 */
final class Corrections {

    private Corrections() {}

    static LocalDate date(String value, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    static Instant instant(String value, Instant otherwise) {
        try {
            return value == null ? otherwise : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    static Integer grade(String value, Scale scale, Integer otherwise) {
        BigDecimal number = number(value);
        return number != null && scale.accepts(number) ? Integer.valueOf(number.intValue()) : otherwise;
    }

    static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String value, int min, int max) {
        BigDecimal number = number(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return null;
        }
        int whole = number.intValue();
        return whole >= min && whole <= max ? whole : null;
    }
}
