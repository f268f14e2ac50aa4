package io.mesorecords.api.history;

import io.mesorecords.api.common.Immutable;
import java.time.Instant;
import java.util.Map;

/** A correction shown next to the entry it corrects: what was changed, why, by whom and when. */
public record Correction(
        long sequence,
        String eventId,
        Map<String, String> correctedValues,
        String reason,
        Instant recordedAt,
        RecordedBy recordedBy) {
    public Correction {
        correctedValues = Immutable.sortedMap(correctedValues);
    }
}
