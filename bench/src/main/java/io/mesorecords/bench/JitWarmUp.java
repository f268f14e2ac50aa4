package io.mesorecords.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Unmeasured load before a measured phase, until the backend's JIT compilers have settled: the load runs in rounds of
 * {@link #ROUND}, and after the minimum it stops at the first round in which the backend's compiler threads used less
 * than {@link #SETTLED_CORES} of a core ({@link CpuUse#compilerCpuNanos}), or at the maximum. A freshly started
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

    /** What the warm-up did, for the raw results. */
    record Result(double seconds, boolean settled, List<Double> compilerCoresPerRound) {
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
        return run(backendPid, minimum, maximum, load, CpuUse::compilerCpuNanos);
    }

    /** @param compilerNanos the CPU time of a process's compiler threads so far, by pid */
    static Result run(long backendPid, Duration minimum, Duration maximum, Load load, LongUnaryOperator compilerNanos)
            throws Exception {
        long start = System.nanoTime();
        List<Double> perRound = new ArrayList<>();
        for (int round = 0; ; round++) {
            long roundStart = System.nanoTime();
            long compilerBefore = compilerNanos.applyAsLong(backendPid);
            load.run(round, ROUND);
            double cores = (double) (compilerNanos.applyAsLong(backendPid) - compilerBefore)
                    / (System.nanoTime() - roundStart);
            perRound.add(Math.round(cores * 1000) / 1000.0);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            boolean settled = cores < SETTLED_CORES;
            if (elapsed.compareTo(minimum) >= 0 && (settled || elapsed.compareTo(maximum) >= 0)) {
                return new Result(elapsed.toMillis() / 1000.0, settled, perRound);
            }
        }
    }
}
