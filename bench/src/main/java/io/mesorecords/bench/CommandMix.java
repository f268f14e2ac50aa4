package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Recorder;

/**
 * The command phase: closed-loop clients sending the clinical mix, each command to the patient the {@link MixSchedule}
 * hands out, so every command is valid, the mix is the clinic's (one registration in 14 commands) at any throughput,
 * and no two clients ever write to one patient at the same time. Besides the phase's latency, each step's own latency
 * is recorded, so that a slow kind of command shows as itself rather than as a share of the mix.
 */
final class CommandMix {

    record Result(LatencyReport report, Map<String, Object> composition, Map<String, LatencyReport> bySteps) {}

    private CommandMix() {}

    static Result run(
            String name, Api api, int clients, int patients, long firstNumber, Duration duration, LocalDate today)
            throws Exception {
        List<Patient> all = new ArrayList<>();
        for (int n = 0; n < patients; n++) {
            all.add(new Patient(firstNumber + n, ClinicalScript.CARE, today));
        }
        MixSchedule schedule = new MixSchedule(all);
        Map<ClinicalScript.Step, Recorder> steps = new EnumMap<>(ClinicalScript.Step.class);
        for (ClinicalScript.Step step : ClinicalScript.Step.values()) {
            steps.put(step, new Recorder(3));
        }
        Map<ClinicalScript.Step, Long> stepErrors = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        LatencyReport report = LoadRunner.closedLoop(name, clients, duration, (client, iteration) -> {
            Patient patient = schedule.take();
            ClinicalScript.Step step = patient.nextStep();
            long t0 = System.nanoTime();
            boolean ok = false;
            try {
                Api.Reply reply = patient.record(api);
                ok = reply != null && reply.ok();
                return ok;
            } finally {
                if (step != null) {
                    steps.get(step).recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                    if (!ok) {
                        stepErrors.merge(step, 1L, Long::sum);
                    }
                }
                schedule.giveBack(patient);
            }
        });
        long elapsed = System.nanoTime() - started;
        Map<String, LatencyReport> bySteps = new LinkedHashMap<>();
        steps.forEach((step, recorder) -> {
            LatencyReport stepReport = LatencyReport.of(
                    step.name(), recorder.getIntervalHistogram(), stepErrors.getOrDefault(step, 0L), elapsed);
            if (stepReport.operations() > 0) {
                bySteps.put(step.name(), stepReport);
            }
        });
        return new Result(report, schedule.composition(), bySteps);
    }
}
