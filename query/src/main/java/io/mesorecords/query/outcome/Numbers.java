package io.mesorecords.query.outcome;

import java.math.BigDecimal;

/** Lenient reading of numbers from request parameters: {@code null} when unreadable or out of range. */
final class Numbers {

    private Numbers() {}

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
