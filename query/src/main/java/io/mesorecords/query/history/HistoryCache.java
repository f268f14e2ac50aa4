package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recently written or read histories, so that neither the projection nor a read parses a stored document it already
 * holds. An entry is only ever used after the stored version was read and found equal to its own: another query node
 * (or a rolled-back batch, or a rebuild) that changed the row makes the entry count as absent. Entries are put only
 * after their transaction committed, and are softly held so that a small heap (a rebuild under 512 MB) drops them
 * instead of failing.
 */
final class HistoryCache {

    private final int capacity;
    private final Map<PatientId, SoftReference<PatientHistory>> entries;

    HistoryCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PatientId, SoftReference<PatientHistory>> eldest) {
                return size() > HistoryCache.this.capacity;
            }
        };
    }

    /** The cached history of the patient if it is exactly the stored version. */
    PatientHistory at(PatientId patientId, long storedVersion) {
        PatientHistory cached = get(patientId);
        return cached != null && cached.version() == storedVersion ? cached : null;
    }

    synchronized PatientHistory get(PatientId patientId) {
        SoftReference<PatientHistory> reference = entries.get(patientId);
        return reference == null ? null : reference.get();
    }

    synchronized void put(PatientHistory history) {
        if (capacity > 0) {
            entries.put(history.patientId(), new SoftReference<>(history));
        }
    }

    synchronized void clear() {
        entries.clear();
    }
}
