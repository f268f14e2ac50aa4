package io.mesorecords.api.clinical;

import io.mesorecords.api.common.Immutable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A product as injected in a session: traceable to its lot for recalls. */
public record ProductUse(
        String name, Set<Ingredient> ingredients, String lotNumber, LocalDate expiryDate, BigDecimal volumeMl) {

    public ProductUse {
        ingredients = Immutable.sortedSet(ingredients);
    }

    /** A lot may be used up to and including its expiry date. */
    public boolean isExpiredOn(LocalDate day) {
        return expiryDate.isBefore(day);
    }
}
