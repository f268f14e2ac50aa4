package io.mesorecords.bench;

import java.util.List;

/**
 * The order in which a clinic records one patient. {@link #CARE} is the command mix of the throughput and lag phases:
 * register, screening, two consents, then courses of three weekly sessions, one reaction and one assessment each, and a
 * completion, course after course. {@link #LOAD} is the shortest path that gives a patient two courses (one completed)
 * for the rebuild and query data set.
 */
enum ClinicalScript {
    CARE(
            List.of(
                    Step.REGISTER,
                    Step.SCREENING,
                    Step.TREATMENT_CONSENT,
                    Step.ANALYTICS_CONSENT,
                    Step.PLAN,
                    Step.SCHEDULE,
                    Step.SCHEDULE,
                    Step.SCHEDULE,
                    Step.PERFORM,
                    Step.REACTION,
                    Step.PERFORM,
                    Step.ASSESSMENT,
                    Step.PERFORM,
                    Step.COMPLETE),
            4),
    LOAD(
            List.of(
                    Step.REGISTER,
                    Step.SCREENING,
                    Step.TREATMENT_CONSENT,
                    Step.ANALYTICS_CONSENT,
                    Step.PLAN,
                    Step.SCHEDULE,
                    Step.PERFORM,
                    Step.COMPLETE,
                    Step.PLAN),
            -1);

    enum Step {
        REGISTER,
        SCREENING,
        TREATMENT_CONSENT,
        ANALYTICS_CONSENT,
        PLAN,
        SCHEDULE,
        PERFORM,
        REACTION,
        ASSESSMENT,
        COMPLETE
    }

    private final List<Step> steps;
    private final int repeatFrom;

    ClinicalScript(List<Step> steps, int repeatFrom) {
        this.steps = steps;
        this.repeatFrom = repeatFrom;
    }

    /** The step at {@code index}, or null when the script is over. */
    Step step(int index) {
        return index < steps.size() ? steps.get(index) : null;
    }

    /** Where a patient continues after the last step: the next course, or -1 when the script ends there. */
    int next(int index) {
        int next = index + 1;
        return next < steps.size() ? next : repeatFrom < 0 ? steps.size() : repeatFrom;
    }

    /** Commands of one patient over the whole script (LOAD) or one course cycle after the first (CARE). */
    int length() {
        return steps.size();
    }

    /** Courses one patient gets from LOAD. */
    long courses() {
        return steps.stream().filter(s -> s == Step.PLAN).count();
    }
}
