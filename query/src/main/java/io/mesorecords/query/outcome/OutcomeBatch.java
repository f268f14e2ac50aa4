package io.mesorecords.query.outcome;

import io.mesorecords.query.projection.PatientRounds;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one processor batch (one unit of work, one transaction) of the outcome projection has learnt and still has to
 * write. Which patients and courses the report holds is read once for the whole batch; row changes wait in one queue per
 * patient and go out just before commit, the n-th change of every patient in round n, one JDBC batch per statement
 * (changes of different patients touch different rows, so they commute); each touched course's metric inputs are then
 * recomputed once.
 */
final class OutcomeBatch {

    final Map<Long, Boolean> patients = new HashMap<>();
    final Map<Long, Boolean> courses = new HashMap<>();
    final Set<Long> countsChanged = new LinkedHashSet<>();
    final Set<Long> assessmentsChanged = new LinkedHashSet<>();
    private final PatientRounds<Long> changes = new PatientRounds<>();
    private long patient;

    /** The patient whose event is being handled: the following changes are queued as theirs. */
    void about(long patientKey) {
        this.patient = patientKey;
    }

    void change(String sql, Object... args) {
        changes.add(patient, sql, args);
    }

    /** The queued changes in rounds, each round grouped by statement; the queue is empty afterwards. */
    List<Map<String, List<Object[]>>> drain() {
        return changes.drain();
    }
}
