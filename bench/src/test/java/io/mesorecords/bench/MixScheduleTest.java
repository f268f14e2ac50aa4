package io.mesorecords.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MixScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void oneRegistrationInFourteenCommandsWhateverTheRate() {
        MixSchedule schedule = new MixSchedule(patients(10_000));

        // One client, answering every command at once: the composition must not depend on how many commands fit in
        // the measured time.
        for (int i = 0; i < 14_000; i++) {
            Patient patient = takeNow(schedule);
            patient.advanceForTest();
            schedule.giveBack(patient);
        }

        Map<String, Object> mix = schedule.composition();
        assertThat(mix.get("patientsAdmitted")).isEqualTo(1_000);
        assertThat(mix.get("REGISTER")).isEqualTo(1_000L);
        assertThat((Long) mix.get("SCHEDULE")).isGreaterThan(2_500L);
        assertThat((Long) mix.get("PERFORM")).isGreaterThan(2_500L);
        assertThat((Long) mix.get("COMPLETE")).isGreaterThan(700L);
    }

    @Test
    void aPatientIsNeverHandedToTwoClientsAtOnce() throws Exception {
        MixSchedule schedule = new MixSchedule(patients(40));
        Set<Patient> inFlight = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean twice = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    Patient patient = schedule.take();
                    if (!inFlight.add(patient)) {
                        twice.set(true);
                    }
                    patient.advanceForTest();
                    inFlight.remove(patient);
                    schedule.giveBack(patient);
                }
                return null;
            });
        }
        clients.shutdown();

        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(twice).isFalse();
        assertThat(schedule.composition().get("patientsAdmitted")).isEqualTo(40);
    }

    private static List<Patient> patients(int count) {
        List<Patient> patients = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            patients.add(new Patient(n, ClinicalScript.CARE, TODAY));
        }
        return patients;
    }

    private static Patient takeNow(MixSchedule schedule) {
        try {
            return schedule.take();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
