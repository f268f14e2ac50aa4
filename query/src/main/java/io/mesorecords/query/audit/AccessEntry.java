package io.mesorecords.query.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One access-log entry with the ISO 27789 fields: who (user, role, clinic, client address), what (action, patient,
 * object), why (purpose of use), when, and how it ended (outcome and HTTP status). Never the content that was read.
 */
public record AccessEntry(
        long chainPosition,
        UUID entryId,
        Instant occurredAt,
        AccessAction action,
        Outcome outcome,
        int status,
        String userId,
        String role,
        String clinicId,
        String purposeOfUse,
        String clientAddress,
        String patientId,
        String objectType,
        String objectPath,
        String objectQuery,
        String correlationId,
        String entryHash) {

    public enum Outcome {
        SUCCESS,
        FAILURE;

        static Outcome of(int status) {
            return status < 400 ? SUCCESS : FAILURE;
        }
    }

    AccessEntry linked(long position, String hash) {
        return new AccessEntry(
                position,
                entryId,
                occurredAt,
                action,
                outcome,
                status,
                userId,
                role,
                clinicId,
                purposeOfUse,
                clientAddress,
                patientId,
                objectType,
                objectPath,
                objectQuery,
                correlationId,
                hash);
    }
}
