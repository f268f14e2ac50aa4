package io.mesorecords.api.history;

import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientId;
import java.util.List;

/**
 * A patient's history: the summary of what holds now and the timeline of every recorded fact in clinical order.
 * {@code version} is the sequence number of the last fact applied, the same number the write side answers as ETag.
 */
public record PatientHistory(PatientId patientId, long version, PatientSummary summary, List<TimelineEntry> timeline) {
    public PatientHistory {
        timeline = Immutable.list(timeline);
    }
}
