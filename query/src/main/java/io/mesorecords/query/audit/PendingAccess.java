package io.mesorecords.query.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the audit interceptor learnt about a read before its handler ran; the filter completes it with the outcome once
 * the answer is known. Fields the request gave invalid values for stay null: the log never stores unchecked text.
 */
record PendingAccess(
        AccessAction action,
        ReadActor actor,
        PurposeOfUse purpose,
        String clientAddress,
        String patientId,
        String objectType,
        String objectPath,
        String objectQuery,
        String correlationId) {

    static final String ATTRIBUTE = PendingAccess.class.getName();
    static final String PURPOSE_OF_USE = "X-Purpose-Of-Use";
    static final String CORRELATION_ID = "X-Correlation-Id";

    AccessEntry complete(int status, Instant occurredAt) {
        return new AccessEntry(
                -1,
                UUID.randomUUID(),
                occurredAt,
                action,
                AccessEntry.Outcome.of(status),
                status,
                actor == null ? null : actor.userId(),
                actor == null ? null : actor.role(),
                actor == null ? null : actor.clinicId(),
                purpose == null ? null : purpose.name(),
                clientAddress,
                patientId,
                objectType,
                objectPath,
                objectQuery,
                correlationId,
                null);
    }
}
