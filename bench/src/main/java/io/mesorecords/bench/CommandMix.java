package io.mesorecords.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The command phase: closed-loop clients, each owning its own share of the patients and taking them in turn, so every
 * command of the clinical mix is valid and no two clients ever write to one patient at the same time.
 */
final class CommandMix {

    private CommandMix() {}

    static LatencyReport run(
            String name, Api api, int clients, int patients, long firstNumber, Duration duration, LocalDate today)
            throws Exception {
        List<List<Patient>> owned = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            owned.add(new ArrayList<>());
        }
        for (int n = 0; n < patients; n++) {
            owned.get(n % clients).add(new Patient(firstNumber + n, ClinicalScript.CARE, today));
        }
        return LoadRunner.closedLoop(name, clients, duration, (client, iteration) -> {
            List<Patient> mine = owned.get(client);
            return mine.get((int) (iteration % mine.size())).record(api).ok();
        });
    }
}
