package io.mesorecords.command.integrity;

import java.util.UUID;

/**
 * The answer of {@code GET /patients/{id}/integrity}: {@code INTACT}, or {@code BROKEN} with the first link that does
 * not hold. {@code verifiedEntries} counts the links that held before it.
 */
public record PatientChainReport(UUID patientId, Status status, long verifiedEntries, BrokenLink firstBrokenLink) {

    public enum Status {
        INTACT,
        BROKEN
    }

    /** Why a link does not hold. */
    public enum Reason {
        /** The stored event no longer has the content its link was computed from. */
        EVENT_ALTERED,
        /** The link names an event that is no longer stored, or a sequence number is missing. */
        EVENT_MISSING,
        /** A stored event has no link: inserted behind the store's back, or older than the chain. */
        LINK_MISSING
    }

    public record BrokenLink(long sequenceNumber, String eventIdentifier, Reason reason) {}

    static PatientChainReport intact(UUID patientId, long entries) {
        return new PatientChainReport(patientId, Status.INTACT, entries, null);
    }

    static PatientChainReport broken(UUID patientId, long verified, BrokenLink link) {
        return new PatientChainReport(patientId, Status.BROKEN, verified, link);
    }
}
