package io.mesorecords.api.history;

/** A contraindication that holds by the current screening; {@code detail} names the ingredient or the area. */
public record Contraindication(Kind kind, String detail) {
    public enum Kind {
        PREGNANCY,
        BREASTFEEDING,
        ALLERGY,
        INFECTION
    }
}
