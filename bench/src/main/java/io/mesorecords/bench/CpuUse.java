package io.mesorecords.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during one phase: the backend's process (and, within it, its JIT compilers), the
 * benchmark's own (its HTTP clients), the rest of the machine (PostgreSQL above all), the idle time and the time the
 * hypervisor gave to others (steal). A
 * phase's throughput depends on how fast the machine happens to be (round 8: the same jar 330/s and 519/s an hour
 * apart); the backend's CPU time per operation depends far less on it, so it is the figure that compares code across
 * runs and machines.
 */
final class CpuUse {

    /**
     * What was counted at one moment: CPU time of two processes and of the backend's JIT compiler threads, and the
     * machine's counters from /proc/stat.
     */
    record Sample(
            long nanos,
            long backendCpuNanos,
            long benchCpuNanos,
            Map<Long, Long> compilerThreads,
            long[] machineTicks) {}

    /** Clock ticks per second of /proc's per-thread CPU times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private CpuUse() {}

    static Sample sample(long backendPid) {
        return new Sample(
                System.nanoTime(),
                cpuNanos(ProcessHandle.of(backendPid)),
                cpuNanos(ProcessHandle.of(ProcessHandle.current().pid())),
                compilerThreads(backendPid),
                machineTicks());
    }

    /**
     * The figures between two samples: cores used by the backend, its JIT compiler threads (where /proc tells), the
     * benchmark and everything else, the idle and stolen share of the machine, and the backend's CPU milliseconds per
     * operation.
     */
    static Map<String, Object> between(Sample from, Sample to, long operations) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double backend = (to.backendCpuNanos() - from.backendCpuNanos()) / 1e9;
        double bench = (to.benchCpuNanos() - from.benchCpuNanos()) / 1e9;
        Map<String, Object> use = new LinkedHashMap<>();
        use.put("seconds", seconds);
        use.put("backendCores", backend / seconds);
        use.put("benchCores", bench / seconds);
        Long compiling = compilerNanosBetween(from.compilerThreads(), to.compilerThreads());
        if (compiling != null) {
            use.put("backendCompilerCores", compiling / 1e9 / seconds);
        }
        use.put("backendCpuMsPerOperation", operations == 0 ? null : backend * 1000 / operations);
        long[] a = from.machineTicks();
        long[] b = to.machineTicks();
        if (a.length >= 8 && b.length >= 8) {
            long total = 0;
            for (int i = 0; i < 8; i++) {
                total += b[i] - a[i];
            }
            if (total > 0) {
                long idle = (b[3] - a[3]) + (b[4] - a[4]);
                long steal = b[7] - a[7];
                double cores = Runtime.getRuntime().availableProcessors();
                double busyCores = cores * (total - idle - steal) / total;
                use.put("machineBusyCores", busyCores);
                use.put("otherCores", Math.max(0, busyCores - backend / seconds - bench / seconds));
                use.put("idleShare", (double) idle / total);
                use.put("stealShare", (double) steal / total);
            }
        }
        return use;
    }

    private static long cpuNanos(java.util.Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /**
     * CPU time so far of each of the process's JIT compiler threads, by thread id, from /proc/&lt;pid&gt;/task (HotSpot
     * names them {@code C1 CompilerThreadN} and {@code C2 CompilerThreadN}; /proc keeps the first 15 characters; Graal's
     * {@code JVMCI CompilerThreadN} are not counted); null where /proc cannot be read (off Linux, or the process has
     * ended). Kept per thread because HotSpot stops surplus compiler threads when they idle (on machines with more
     * than two cores): a difference taken per thread loses only the ended thread's last moments, never goes negative.
     */
    static Map<Long, Long> compilerThreads(long pid) {
        Map<Long, Long> threads = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        continue;
                    }
                    stat = Files.readString(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue; // the thread ended between the listing and the read
                }
                threads.put(
                        Long.parseLong(task.getFileName().toString()),
                        statTicks(stat) * (1_000_000_000L / TICKS_PER_SECOND));
            }
        } catch (IOException unreadable) {
            return null;
        }
        return threads;
    }

    /** The CPU nanoseconds the compiler threads used between two readings; null if either is missing. */
    static Long compilerNanosBetween(Map<Long, Long> from, Map<Long, Long> to) {
        if (from == null || to == null) {
            return null;
        }
        long nanos = 0;
        for (Map.Entry<Long, Long> thread : to.entrySet()) {
            nanos += thread.getValue() - from.getOrDefault(thread.getKey(), 0L);
        }
        return nanos;
    }

    /**
     * utime + stime, in clock ticks, of a /proc/&lt;pid&gt;/task/&lt;tid&gt;/stat line: fields 14 and 15, counted
     * after the parenthesised name (field 2), which may itself hold spaces and parentheses.
     */
    static long statTicks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal of the machine's "cpu" line; empty off Linux. */
    private static long[] machineTicks() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] fields = line.trim().split("\\s+");
                    long[] ticks = new long[Math.min(8, fields.length - 1)];
                    for (int i = 0; i < ticks.length; i++) {
                        ticks[i] = Long.parseLong(fields[i + 1]);
                    }
                    return ticks;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not Linux
        }
        return new long[0];
    }
}
