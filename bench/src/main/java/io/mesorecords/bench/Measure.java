package io.mesorecords.bench;

/**
 * One line of the results table: a measured value and, in the full profile, the target for it.
 *
 * @param met null when the measure has no target (or the profile has none)
 */
record Measure(String storage, String name, double value, String unit, String target, Boolean met) {

    static Measure of(String storage, String name, double value, String unit) {
        return new Measure(storage, name, value, unit, "", null);
    }

    static Measure atLeast(String storage, String name, double value, String unit, double target, boolean judged) {
        return new Measure(
                storage, name, value, unit, "≥ " + format(target) + " " + unit, judged ? value >= target : null);
    }

    static Measure atMost(String storage, String name, double value, String unit, double target, boolean judged) {
        return new Measure(
                storage, name, value, unit, "≤ " + format(target) + " " + unit, judged ? value <= target : null);
    }

    String row() {
        String verdict = met == null ? "" : met ? "met" : "**not met**";
        return "| " + storage + " | " + name + " | " + (format(value) + " " + unit).trim() + " | " + target.trim()
                + " | " + verdict + " |";
    }

    static String header() {
        return "| storage | measure | value | target | |\n|---|---|---|---|---|";
    }

    static String format(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format("%,.0f", value);
        }
        return value >= 10 ? String.format("%.1f", value) : String.format("%.2f", value);
    }
}
