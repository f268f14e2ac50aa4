package io.mesorecords.query.projection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row changes queued per patient during one batch, handed out in rounds: the n-th change of every patient in round n,
 * each round grouped by statement text so that it goes out as one JDBC batch per statement. A patient's changes keep
 * their order; changes of different patients touch different rows and commute.
 *
 * @param <K> how the projection names a patient
 */
public final class PatientRounds<K> {

    private record Change(String sql, Object[] args) {}

    private final Map<K, List<Change>> byPatient = new LinkedHashMap<>();

    public void add(K patient, String sql, Object... args) {
        byPatient.computeIfAbsent(patient, p -> new ArrayList<>()).add(new Change(sql, args));
    }

    /** The queued changes in rounds, each round's argument rows by statement; the queue is empty afterwards. */
    public List<Map<String, List<Object[]>>> drain() {
        List<Iterator<Change>> queues =
                byPatient.values().stream().map(List::iterator).toList();
        List<Map<String, List<Object[]>>> rounds = new ArrayList<>();
        while (true) {
            Map<String, List<Object[]>> round = new LinkedHashMap<>();
            for (Iterator<Change> queue : queues) {
                if (queue.hasNext()) {
                    Change change = queue.next();
                    round.computeIfAbsent(change.sql(), sql -> new ArrayList<>())
                            .add(change.args());
                }
            }
            if (round.isEmpty()) {
                byPatient.clear();
                return rounds;
            }
            rounds.add(round);
        }
    }
}
