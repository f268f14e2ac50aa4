package io.mesorecords.api.clinical;

/** A facial or neighbouring area that is treated, or in which an infection or a reaction is found. */
public enum TreatmentArea {
    FULL_FACE,
    FOREHEAD,
    GLABELLA,
    PERIORBITAL,
    CHEEKS,
    NOSE,
    NASOLABIAL,
    PERIORAL,
    LIPS,
    CHIN,
    JAWLINE,
    SUBMENTAL,
    NECK,
    DECOLLETAGE,
    SCALP,
    HANDS;

    /** Whether treating one area touches the other: the full face includes every facial area. */
    public boolean overlaps(TreatmentArea other) {
        return this == other || (this == FULL_FACE && other.isFacial()) || (other == FULL_FACE && isFacial());
    }

    public boolean isFacial() {
        return switch (this) {
            case NECK, DECOLLETAGE, SCALP, HANDS -> false;
            default -> true;
        };
    }
}
