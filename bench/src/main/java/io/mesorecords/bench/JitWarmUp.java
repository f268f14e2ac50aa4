package io.mesorecords.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Unmeasured load before a measured phase, until the backend's JIT compilers have settled: the load runs in rounds of
 * {@link #ROUND}, and once the minimum has passed it stops after the first round in which the backend's compiler threads
 * used less than {@link #SETTLED_CORES} of a core ({@link CpuUse#compilerThreads}), or after the first round that ends
 * past the maximum. Where the compilers' CPU cannot be read (off Linux) it stops once the minimum has passed, and
 * says it does not know whether they settled. A freshly started
 * backend on two cores is still compiling minutes into steady load (docs/benchmarks.md, round 11): a fixed warm-up of
 * 20-30 s measured the compilers as much as the code. The compilers' own accounting ({@code jvm.compilation.time})
 * cannot tell: it counts a compilation's elapsed time, waiting for a core included, so on a saturated machine it
 * shows a compiler busy all the time.
 */
final class JitWarmUp {

    static final Duration ROUND = Duration.ofSeconds(10);

    /** Settled: the compiler threads used less than this share of one core in a round (0.5 s of CPU in 10 s). */
    static final double SETTLED_CORES = 0.05;

    /** One round of load; {@code round} numbers the rounds from 0, so each can use patients of its own. */
    interface Load {
        void run(int round, Duration duration) throws Exception;
    }

    /**
     * What the warm-up did, for the raw results.
     *
     * @param settled whether the last round's compiling was under {@link #SETTLED_CORES}; null if it could not be read
     * @param compilerCoresPerRound the compiler threads' cores in each round; empty if they could not be read
     */
    record Result(double seconds, Boolean settled, List<Double> compilerCoresPerRound) {
        Map<String, Object> raw() {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("seconds", seconds);
            raw.put("settled", settled);
            raw.put("compilerCoresPerRound", compilerCoresPerRound);
            return raw;
        }
    }

    private JitWarmUp() {}

    static Result run(long backendPid, Duration minimum, Duration maximum, Load load) throws Exception {
        return run(backendPid, minimum, maximum, load, CpuUse::compilerThreads, System::nanoTime);
    }

    /**
     * @param compilerThreads the CPU nanoseconds so far of a process's compiler threads, by thread, from its pid; null
     *     where they cannot be read
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    static Result run(
            long backendPid,
            Duration minimum,
            Duration maximum,
            Load load,
            LongFunction<Map<Long, Long>> compilerThreads,
            LongSupplier clock)
            throws Exception {
        long start = clock.getAsLong();
        long roundStart = start;
        Map<Long, Long> before = compilerThreads.apply(backendPid);
        List<Double> perRound = new ArrayList<>();
        for (int round = 0; ; round++) {
            load.run(round, ROUND);
            Map<Long, Long> after = compilerThreads.apply(backendPid);
            long roundEnd = clock.getAsLong();
            Long compiling = CpuUse.compilerNanosBetween(before, after);
            Boolean settled = null;
            if (compiling != null) {
                double cores = (double) compiling / Math.max(1, roundEnd - roundStart);
                perRound.add(Math.round(cores * 10_000) / 10_000.0);
                settled = cores < SETTLED_CORES;
            }
            before = after;
            roundStart = roundEnd;
            Duration elapsed = Duration.ofNanos(roundEnd - start);
            if (elapsed.compareTo(minimum) >= 0 && (settled == null || settled || elapsed.compareTo(maximum) >= 0)) {
                return new Result(elapsed.toMillis() / 1000.0, settled, perRound);
            }
        }
    }
}
