package io.mesorecords.api.clinical;

import java.math.BigDecimal;

/**
 * A clinical scale with its identifier and version; a score is never stored as a bare number because numberings differ
 * between sources. Ordinal scales take whole numbers within their range.
 */
public enum Scale {
    /** Fitzpatrick skin phototype: 1 (I, always burns) to 6 (VI, never burns). */
    FITZPATRICK("fitzpatrick", "1988", "1", "6", true),
    /** Glogau photoageing: 1 (I, mild) to 4 (IV, severe). */
    GLOGAU("glogau", "1996", "1", "4", true),
    /** Global Aesthetic Improvement Scale: 1 very much improved to 5 worse. */
    GAIS("gais", "1", "1", "5", true),
    /** Wrinkle Severity Rating Scale: 1 absent to 5 extreme; one grade is clinically meaningful. */
    WSRS("wsrs", "1", "1", "5", true),
    /** Corneometer hydration, arbitrary units: below 30 very dry, 30-45 dry, 45 and above sufficient. */
    HYDRATION("corneometer", "1", "0", "120", false),
    /** Cutometer R2, gross elasticity as a ratio. */
    ELASTICITY_R2("cutometer-r2", "1", "0", "1", false),
    /** Cutometer R0, firmness in mm. */
    FIRMNESS_R0("cutometer-r0", "1", "0", "10", false),
    /** Patient satisfaction: 1 very dissatisfied to 5 very satisfied. */
    SATISFACTION("satisfaction", "1", "1", "5", true);

    private final String id;
    private final String version;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean ordinal;

    Scale(String id, String version, String min, String max, boolean ordinal) {
        this.id = id;
        this.version = version;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.ordinal = ordinal;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public boolean isOrdinal() {
        return ordinal;
    }

    /** Whether a value is a point of this scale. */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return false;
        }
        return !ordinal || value.stripTrailingZeros().scale() <= 0;
    }

    /** A score on the current version of this scale. */
    public Score score(BigDecimal value) {
        return new Score(this, version, value);
    }

    public Score score(int value) {
        return score(BigDecimal.valueOf(value));
    }
}
