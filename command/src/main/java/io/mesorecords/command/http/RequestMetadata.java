package io.mesorecords.command.http;

import io.mesorecords.api.common.RecordMetadata;
import jakarta.servlet.ServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.MetaData;

/**
 * Who sent a request, for which clinic, under which correlation id, and when it reached the edge: everything a command
 * carries besides its payload. Resolved once per request by {@link RequestMetadataFilter}.
 */
public record RequestMetadata(
        String userId,
        String role,
        String clinicId,
        String correlationId,
        Instant recordedAt,
        Optional<Long> expectedVersion) {

    static final String ATTRIBUTE = RequestMetadata.class.getName();

    /** The metadata {@link RequestMetadataFilter} resolved for a request. */
    public static RequestMetadata of(ServletRequest request) {
        Object metadata = request.getAttribute(ATTRIBUTE);
        if (metadata == null) {
            throw new IllegalStateException("RequestMetadataFilter did not run for this request");
        }
        return (RequestMetadata) metadata;
    }

    public MetaData toMetaData() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(RecordMetadata.USER_ID, userId);
        entries.put(RecordMetadata.ROLE, role);
        entries.put(RecordMetadata.CLINIC_ID, clinicId);
        entries.put(RecordMetadata.CORRELATION_ID, correlationId);
        entries.put(RecordMetadata.RECORDED_AT, recordedAt.toString());
        expectedVersion.ifPresent(version -> entries.put(RecordMetadata.EXPECTED_VERSION, version));
        return MetaData.from(entries);
    }
}
