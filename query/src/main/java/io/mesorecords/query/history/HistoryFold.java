package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import java.util.List;

/**
 * The one pure function from recorded facts to a patient's history. The projection folds each batch onto the stored
 * history; the as-of reader folds the event store's facts up to a moment onto nothing. Facts at or below the
 * history's version were applied before and are skipped, which makes redelivery harmless.
 */
final class HistoryFold {

    private HistoryFold() {}

    static PatientHistory fold(PatientId patientId, PatientHistory start, List<RecordedFact> facts) {
        HistoryBuilder builder = start == null ? HistoryBuilder.empty(patientId) : HistoryBuilder.from(start);
        for (RecordedFact fact : facts) {
            builder.apply(fact);
        }
        return builder.build();
    }

    /** The history with identifying data removed, as if the erasure had been recorded before all of it. */
    static PatientHistory erase(PatientHistory history) {
        HistoryBuilder builder = HistoryBuilder.from(history);
        builder.erase();
        return builder.build();
    }
}
