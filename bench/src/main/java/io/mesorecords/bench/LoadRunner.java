package io.mesorecords.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Runs a step on many client threads for a fixed time, each client as fast as it can (closed loop), and records every
 * step's latency in an HdrHistogram. A step answers whether it succeeded; failures are counted, never hidden.
 */
final class LoadRunner {

    /** One unit of work of one client; {@code client} numbers the thread, {@code iteration} its calls. */
    interface Step {
        boolean run(int client, long iteration) throws Exception;
    }

    private LoadRunner() {}

    static LatencyReport closedLoop(String name, int clients, Duration duration, Step step) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = step.run(client, i);
                        } catch (Exception e) {
                            Failures.note(e);
                            ok = false;
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return LatencyReport.of(name, recorder.getIntervalHistogram(), errors.get(), System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts steps at a fixed rate (open loop) so that a slow response does not lower the offered load; latency is
     * measured from each step's intended start, which keeps coordinated omission out of the numbers.
     */
    static LatencyReport fixedRate(String name, int perSecond, Duration duration, int workers, Step step)
            throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long intervalNanos = 1_000_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long i = 0; i < total; i++) {
                long intended = started + i * intervalNanos;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long iteration = i;
                futures.add(pool.submit(() -> {
                    boolean ok;
                    try {
                        ok = step.run((int) (iteration % workers), iteration);
                    } catch (Exception e) {
                        Failures.note(e);
                        ok = false;
                    }
                    recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return LatencyReport.of(name, recorder.getIntervalHistogram(), errors.get(), System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
