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

    /**
     * Loads {@code patients} patients numbered from {@code firstNumber}, giving up after {@code limit}. Each client takes
     * {@code interleave} patients at a time and records one command for each of them in turn until all of them are
     * done: with 1 a client records one patient's whole script before the next, so a patient's events lie together in
     * the store; with more, the events of {@code clients * interleave} patients in treatment at once are interleaved,
     * as in a clinic's store, where a patient's course is spread over months between everyone else's.
     */
    Result load(long firstNumber, long patients, int clients, int interleave, Duration limit) throws Exception {
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
                    for (long n = next.getAndAdd(interleave); n < patients; n = next.getAndAdd(interleave)) {
                        List<Patient> open = new ArrayList<>();
                        for (long k = n; k < Math.min(patients, n + interleave); k++) {
                            open.add(new Patient(firstNumber + k, ClinicalScript.LOAD, today));
                        }
                        // A refused command is retried at most twice, then the patient is left where it stands.
                        int[] failures = new int[open.size()];
                        boolean[] finished = new boolean[open.size()];
                        int remaining = open.size();
                        while (remaining > 0) {
                            if (System.nanoTime() >= deadline) {
                                return null;
                            }
                            for (int i = 0; i < open.size(); i++) {
                                if (finished[i]) {
                                    continue;
                                }
                                Patient patient = open.get(i);
                                try {
                                    boolean ok = patient.record(api).ok();
                                    commands.incrementAndGet();
                                    if (!ok) {
                                        errors.incrementAndGet();
                                        failures[i]++;
                                    }
                                } catch (Exception e) {
                                    Failures.note(e);
                                    errors.incrementAndGet();
                                    failures[i]++;
                                }
                                if (patient.done() || failures[i] >= 3) {
                                    finished[i] = true;
                                    remaining--;
                                    if (patient.done()) {
                                        completed.incrementAndGet();
                                        patientIds.add(patient.id());
                                    }
                                }
                            }
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
