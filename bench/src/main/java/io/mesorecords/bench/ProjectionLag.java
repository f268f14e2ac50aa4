package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Projection lag at a steady command rate: each command of the clinical mix is followed, as soon as it is acknowledged,
 * by {@code GET /patients/{id}/history?minVersion=<ETag>}; the lag is the time from the acknowledgement until that read
 * answers with the version (it waits on the server until the projection has applied it, bounded by the read-your-writes
 * timeout; a timeout counts as an error).
 */
final class ProjectionLag {

    record Result(LatencyReport commands, LatencyReport lag, java.util.Map<String, Object> composition) {}

    /**
     * Enough threads that reads waiting for a slow projection (up to the server's read-your-writes timeout) do not
     * lower the offered command rate.
     */
    private static final int WORKERS = 256;

    private ProjectionLag() {}

    /**
     * The patients a run at this rate numbers from its first number: more than it admits (one per 14 commands), one
     * command per patient in flight at a time.
     */
    static int patients(int perSecond) {
        return Math.max(50, perSecond * 10);
    }

    static Result run(Api api, int perSecond, Duration duration, long firstNumber, LocalDate today) throws Exception {
        int patients = patients(perSecond);
        List<Patient> all = new ArrayList<>();
        for (int n = 0; n < patients; n++) {
            all.add(new Patient(firstNumber + n, ClinicalScript.CARE, today));
        }
        MixSchedule schedule = new MixSchedule(all);
        Recorder lag = new Recorder(3);
        AtomicLong lagErrors = new AtomicLong();
        long started = System.nanoTime();
        LatencyReport commands = LoadRunner.fixedRate(
                "command + history read-back at " + perSecond + "/s",
                perSecond,
                duration,
                WORKERS,
                (worker, iteration) -> {
                    Patient patient = schedule.take();
                    Api.Reply ack;
                    try {
                        ack = patient.record(api);
                    } finally {
                        schedule.giveBack(patient);
                    }
                    long acknowledged = System.nanoTime();
                    if (!ack.ok()) {
                        return false;
                    }
                    Api.Reply read = api.get("/patients/" + patient.id() + "/history?minVersion=" + ack.version());
                    lag.recordValue(Math.max(1, (System.nanoTime() - acknowledged) / 1_000));
                    if (!read.ok() || read.version() < ack.version()) {
                        lagErrors.incrementAndGet();
                    }
                    return true;
                });
        LatencyReport visible = LatencyReport.of(
                "ack to visible in history", lag.getIntervalHistogram(), lagErrors.get(), System.nanoTime() - started);
        return new Result(commands, visible, schedule.composition());
    }
}
