package io.mesorecords.api.history;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import java.time.Instant;
import java.util.List;

/**
 * One recorded fact. {@code occurredAt} is the clinical (valid) time where the fact has one, else the moment it was
 * recorded; corrections pointing at this entry are listed with it.
 */
public record TimelineEntry(
        long sequence,
        String eventId,
        String type,
        EntryReference entry,
        Instant occurredAt,
        Instant recordedAt,
        RecordedBy recordedBy,
        PatientEvent fact,
        List<Correction> corrections) {
    public TimelineEntry {
        corrections = Immutable.list(corrections);
    }
}
