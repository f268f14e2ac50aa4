package io.mesorecords.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which patient gets the next command of the clinical mix, so that the mix is the clinic's whatever the throughput: one
 * new patient is admitted (registered) per {@link ClinicalScript#CARE} first pass of commands (1 in 14), every other
 * command continues the patient who has waited longest. A patient has at most one command in flight, and a client
 * that takes a patient hands it back when the command is answered ({@link #giveBack}).
 *
 * <p>Before round 4, each client took its share of the patients in turn, one command each, so the first pass over all
 * 10,000 patients was registrations only: at 200 commands/s the whole measured minute was registrations (the heaviest
 * command), and the mix, and with it the result, depended on the throughput being measured.
 */
final class MixSchedule {

    private final List<Patient> fresh;
    private final Deque<Patient> idle = new ArrayDeque<>();
    private final int admitEvery;
    private final Map<ClinicalScript.Step, Long> sent = new EnumMap<>(ClinicalScript.Step.class);
    private int admitted;
    private long handedOut;

    MixSchedule(List<Patient> patients) {
        this.fresh = new ArrayList<>(patients);
        this.admitEvery = ClinicalScript.CARE.length();
    }

    /** The patient for the next command; waits while every admitted patient has a command in flight and none is left. */
    synchronized Patient take() throws InterruptedException {
        handedOut++;
        boolean admit = admitted < fresh.size() && (idle.isEmpty() || handedOut % admitEvery == 1);
        Patient patient;
        if (admit) {
            patient = fresh.get(admitted++);
        } else {
            while (idle.isEmpty()) {
                wait();
            }
            patient = idle.poll();
        }
        ClinicalScript.Step step = patient.nextStep();
        if (step != null) {
            sent.merge(step, 1L, Long::sum);
        }
        return patient;
    }

    synchronized void giveBack(Patient patient) {
        idle.addLast(patient);
        notifyAll();
    }

    /** Commands handed out, by step, and how many patients were admitted: what the measured mix was. */
    synchronized Map<String, Object> composition() {
        Map<String, Object> composition = new LinkedHashMap<>();
        composition.put("patientsAdmitted", admitted);
        sent.forEach((step, count) -> composition.put(step.name(), count));
        return composition;
    }
}
