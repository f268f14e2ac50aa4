package io.mesorecords.api.clinical;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How the cocktail is delivered. Needle techniques record an injection depth of 0.5 to 4.0 mm (the mid-dermis at most
 * about 4 mm deep); needle-free ones record none. A home dermaroller may be used at most once a month.
 */
public enum Technique {
    MANUAL_NEEDLE(true, 7),
    MESO_INJECTOR(true, 7),
    MESO_PEN(true, 7),
    DERMAROLLER(true, 7),
    HOME_DERMAROLLER(true, 28),
    LASER(false, 7),
    OXYGEN(false, 7),
    ELECTROPORATION(false, 7),
    IONTOPHORESIS(false, 7),
    CRYO(false, 7);

    public static final BigDecimal MIN_DEPTH_MM = new BigDecimal("0.5");
    public static final BigDecimal MAX_DEPTH_MM = new BigDecimal("4.0");

    private final boolean needle;
    private final int minimumIntervalDays;

    Technique(boolean needle, int minimumIntervalDays) {
        this.needle = needle;
        this.minimumIntervalDays = minimumIntervalDays;
    }

    public boolean usesNeedles() {
        return needle;
    }

    /** The shortest time allowed between two sessions of a course with this technique. */
    public int minimumIntervalDays() {
        return minimumIntervalDays;
    }

    /** Whether a recorded depth fits the technique: within range for needles, absent for needle-free delivery. */
    public boolean acceptsDepth(Optional<BigDecimal> depthMm) {
        if (!needle) {
            return depthMm.isEmpty();
        }
        return depthMm.map(d -> d.compareTo(MIN_DEPTH_MM) >= 0 && d.compareTo(MAX_DEPTH_MM) <= 0)
                .orElse(false);
    }
}
