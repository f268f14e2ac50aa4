package io.mesorecords.query.audit;

import java.util.UUID;

/** The answer of {@code GET /admin/integrity/access-log}: {@code INTACT}, or the first entry whose link fails. */
public record AccessLogChainReport(Status status, long verifiedEntries, BrokenEntry firstBrokenLink) {

    public enum Status {
        INTACT,
        BROKEN
    }

    public enum Reason {
        /** The stored entry no longer has the content its hash was computed from. */
        ENTRY_ALTERED,
        /** A chain position is missing: the entry was deleted (the head names a position beyond the last entry). */
        ENTRY_MISSING
    }

    /** {@code entryId} is null when the entry is gone. */
    public record BrokenEntry(long chainPosition, UUID entryId, Reason reason) {}
}
