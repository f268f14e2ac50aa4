package io.mesorecords.bench;

import java.time.Duration;

/**
 * How big and how long each phase is. {@code full} is the measurement; {@code smoke} runs every phase with small
 * counts in seconds, to prove the harness works (CI), and has no targets.
 *
 * @param clients concurrent clients of the command phase and the JDBC ceiling
 * @param mixPatients patients the command phase spreads its mix over
 * @param loadPatients patients in the rebuild and query data set (each gets two courses), counting the mix's
 * @param loadEvents events in the store before the rebuild, at least
 * @param loadClients concurrent clients of the loader
 * @param lagRate commands per second of the lag phase
 * @param historyRate patient history reads per second of the query phase
 * @param reportRate outcome reports per second of the query phase
 * @param backgroundRate commands per second written while the queries run
 */
record Profile(
        String name,
        int clients,
        int mixPatients,
        Duration commands,
        Duration ceiling,
        long loadPatients,
        long loadEvents,
        int loadClients,
        int lagRate,
        Duration lag,
        int historyRate,
        int reportRate,
        int backgroundRate,
        Duration queries,
        Duration idleSettle) {

    static Profile named(String name) {
        return withRatesFromEnvironment(preset(name));
    }

    /**
     * The lag phase's rate from {@code BENCH_LAG_RATE}, the query phase's from {@code BENCH_HISTORY_RATE},
     * {@code BENCH_REPORT_RATE} and {@code BENCH_BACKGROUND_RATE} where set: the same phases at other offered loads, to
     * find where the latency bends.
     */
    private static Profile withRatesFromEnvironment(Profile p) {
        return p.withRates(
                rate("BENCH_LAG_RATE", p.lagRate),
                rate("BENCH_HISTORY_RATE", p.historyRate),
                rate("BENCH_REPORT_RATE", p.reportRate),
                rate("BENCH_BACKGROUND_RATE", p.backgroundRate));
    }

    /** The same profile with the query phase's rates times {@code share}, each at least one a second. */
    Profile withQueryRatesTimes(double share) {
        return withRates(
                lagRate,
                (int) Math.max(1, Math.round(historyRate * share)),
                (int) Math.max(1, Math.round(reportRate * share)),
                (int) Math.max(1, Math.round(backgroundRate * share)));
    }

    private Profile withRates(int lagRate, int history, int report, int background) {
        return new Profile(
                name,
                clients,
                mixPatients,
                commands,
                ceiling,
                loadPatients,
                loadEvents,
                loadClients,
                lagRate,
                lag,
                history,
                report,
                background,
                queries,
                idleSettle);
    }

    private static int rate(String variable, int preset) {
        return (int) setting(variable, preset);
    }

    /** A whole-number setting of the harness from the environment variable, or the preset where it is unset. */
    static long setting(String variable, long preset) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? preset : Long.parseLong(value.trim());
    }

    private static Profile preset(String name) {
        return switch (name) {
            case "full" ->
                new Profile(
                        "full",
                        32,
                        10_000,
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(30),
                        100_000,
                        1_000_000,
                        48,
                        500,
                        Duration.ofSeconds(60),
                        400,
                        4,
                        100,
                        Duration.ofSeconds(40),
                        Duration.ofSeconds(10));
            case "smoke" ->
                new Profile(
                        "smoke",
                        8,
                        200,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(3),
                        400,
                        2_000,
                        8,
                        50,
                        Duration.ofSeconds(5),
                        50,
                        2,
                        20,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(2));
            default -> throw new IllegalArgumentException("profile is smoke or full, not " + name);
        };
    }

    boolean hasTargets() {
        return name.equals("full");
    }
}
