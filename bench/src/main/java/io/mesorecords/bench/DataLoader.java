package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the store for the rebuild and query phases through the real write path: every patient is registered, screened,
 * consented and given two courses (one completed) over HTTP, exactly as a clinic would record them.
 */
final class DataLoader {

    record Result(long patients, long courses, long commands, long errors, double seconds) {

        double commandsPerSecond() {
            return commands / seconds;
        }
    }

    private final Api api;
    private final LocalDate today;
    private final List<UUID> patientIds = Collections.synchronizedList(new ArrayList<>());

    DataLoader(Api api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    /** Ids of the patients loaded so far, for the query phase. */
    List<UUID> patientIds() {
        return patientIds;
    }

    /** Loads {@code patients} patients numbered from {@code firstNumber}, giving up after {@code limit}. */
    Result load(long firstNumber, long patients, int clients, Duration limit) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (long n = next.getAndIncrement(); n < patients; n = next.getAndIncrement()) {
                        Patient patient = new Patient(firstNumber + n, ClinicalScript.LOAD, today);
                        // A refused command is retried at most twice, then the patient is left where it stands.
                        int failures = 0;
                        while (!patient.done() && failures < 3 && System.nanoTime() < deadline) {
                            try {
                                boolean ok = patient.record(api).ok();
                                commands.incrementAndGet();
                                if (!ok) {
                                    errors.incrementAndGet();
                                    failures++;
                                }
                            } catch (Exception e) {
                                Failures.note(e);
                                errors.incrementAndGet();
                                failures++;
                            }
                        }
                        if (patient.done()) {
                            completed.incrementAndGet();
                            patientIds.add(patient.id());
                        }
                        if (System.nanoTime() >= deadline) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(
                completed.get(),
                completed.get() * ClinicalScript.LOAD.courses(),
                commands.get(),
                errors.get(),
                seconds);
    }
}
