package io.mesorecords.command.http;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.axonframework.messaging.MetaData;

/**
 * Who sends a command (the authenticated user, in the role the endpoint admitted them in, and the clinics they belong
 * to), under which correlation id, when it reached the edge and against which version: everything a command carries
 * besides its payload. The user comes from the verified token only, never from a request header.
 */
public record RequestMetadata(
        String userId,
        Role role,
        SortedSet<String> actorClinics,
        String correlationId,
        Instant recordedAt,
        Optional<Long> expectedVersion) {

    static RequestMetadata of(Actor actor, Role role, RequestEdge edge) {
        return new RequestMetadata(
                actor.userId(), role, actor.clinics(), edge.correlationId(), edge.recordedAt(), edge.expectedVersion());
    }

    /**
     * The clinic a new record is opened at: the one the request names, which must be one of the user's, or else the
     * user's only clinic.
     */
    public ClinicId registeringClinic(String requested) {
        if (requested == null) {
            if (actorClinics.size() != 1) {
                throw new EdgeRequestRefused(
                        EdgeProblem.CLINIC_REQUIRED,
                        actorClinics.isEmpty()
                                ? "You belong to no clinic"
                                : "You belong to several clinics: name the clinic in clinicId");
            }
            return ClinicId.of(actorClinics.first());
        }
        if (!actorClinics.contains(requested)) {
            throw new EdgeRequestRefused(EdgeProblem.NOT_A_MEMBER, "You are not a member of clinic " + requested);
        }
        return ClinicId.of(requested);
    }

    public MetaData toMetaData() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(RecordMetadata.USER_ID, userId);
        entries.put(RecordMetadata.ROLE, role.name());
        entries.put(RecordMetadata.ACTOR_CLINICS, String.join(",", actorClinics));
        entries.put(RecordMetadata.CORRELATION_ID, correlationId);
        entries.put(RecordMetadata.RECORDED_AT, recordedAt.toString());
        expectedVersion.ifPresent(version -> entries.put(RecordMetadata.EXPECTED_VERSION, version));
        return MetaData.from(entries);
    }
}
