package io.mesorecords.query.audit;

import io.mesorecords.platform.security.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the audit interceptor learnt about a read before its handler ran; the filter completes it with the outcome and
 * the clinic once the answer is known. Fields the request gave invalid values for stay null: the log never stores
 * unchecked text. The user and role come from the verified token (null when none was sent or it was refused).
 *
 * @param role the role the user read in, or, when the endpoint admits none of theirs, all their roles
 */
record PendingAccess(
        AccessAction action,
        Actor actor,
        String role,
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

    /**
     * @param accessedClinic the clinic of the patient the read concerned, when the patient exists; otherwise the entry
     *     goes to the reader's first clinic, so that their auditors see it
     */
    AccessEntry complete(int status, Instant occurredAt, Optional<String> accessedClinic) {
        return new AccessEntry(
                -1,
                UUID.randomUUID(),
                occurredAt,
                action,
                AccessEntry.Outcome.of(status),
                status,
                actor == null ? null : actor.userId(),
                role,
                accessedClinic.orElse(
                        actor == null || actor.clinics().isEmpty()
                                ? null
                                : actor.clinics().first()),
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
