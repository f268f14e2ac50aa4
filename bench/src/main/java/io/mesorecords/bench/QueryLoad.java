package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Queries under concurrent load, at fixed rates so that the percentiles are response times at a known offered load:
 * patient histories of random patients, the outcome report (one grouping, two filters) and, meanwhile, a steady stream
 * of clinical commands.
 */
final class QueryLoad {

    /** Grouped by age band, filtered by technique and indication. */
    static final String REPORT = "/reports/outcomes?groupBy=ageBand&technique=MESO_INJECTOR&indication=FINE_WRINKLES";

    record Result(LatencyReport history, LatencyReport report, LatencyReport background) {}

    private QueryLoad() {}

    static Result run(
            Api api, Profile profile, List<UUID> patients, long firstNumber, LocalDate today, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            return run(api, profile, patients, firstNumber, today, duration, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(
            Api api,
            Profile profile,
            List<UUID> patients,
            long firstNumber,
            LocalDate today,
            Duration duration,
            ExecutorService pool)
            throws Exception {
        CompletableFuture<LatencyReport> history = async(
                pool,
                () -> LoadRunner.fixedRate(
                        "patient history at " + profile.historyRate() + "/s",
                        profile.historyRate(),
                        duration,
                        32,
                        (worker, i) -> {
                            UUID patient =
                                    patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
                            return api.get("/patients/" + patient + "/history").ok();
                        }));
        CompletableFuture<LatencyReport> report = async(
                pool,
                () -> LoadRunner.fixedRate(
                        "outcome report at " + profile.reportRate() + "/s",
                        profile.reportRate(),
                        duration,
                        8,
                        (worker, i) -> api.get(REPORT).ok()));
        CompletableFuture<LatencyReport> background =
                async(pool, () -> ProjectionLag.run(api, profile.backgroundRate(), duration, firstNumber, today)
                        .commands());
        return new Result(history.get(), report.get(), background.get());
    }

    private interface Phase {
        LatencyReport run() throws Exception;
    }

    private static CompletableFuture<LatencyReport> async(ExecutorService pool, Phase phase) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return phase.run();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                pool);
    }
}
