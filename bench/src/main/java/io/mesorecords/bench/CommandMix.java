package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command phase: closed-loop clients sending the clinical mix, each command to the patient the {@link MixSchedule}
 * hands out, so every command is valid, the mix is the clinic's (one registration in 14 commands) at any throughput,
 * and no two clients ever write to one patient at the same time.
 */
final class CommandMix {

    record Result(LatencyReport report, Map<String, Object> composition) {}

    private CommandMix() {}

    static Result run(
            String name, Api api, int clients, int patients, long firstNumber, Duration duration, LocalDate today)
            throws Exception {
        List<Patient> all = new ArrayList<>();
        for (int n = 0; n < patients; n++) {
            all.add(new Patient(firstNumber + n, ClinicalScript.CARE, today));
        }
        MixSchedule schedule = new MixSchedule(all);
        LatencyReport report = LoadRunner.closedLoop(name, clients, duration, (client, iteration) -> {
            Patient patient = schedule.take();
            try {
                return patient.record(api).ok();
            } finally {
                schedule.giveBack(patient);
            }
        });
        return new Result(report, schedule.composition());
    }
}
