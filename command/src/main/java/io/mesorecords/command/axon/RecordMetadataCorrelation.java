package io.mesorecords.command.axon;

import io.mesorecords.api.common.RecordMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies who recorded a command, for which clinic, when, and in which request, onto every event it causes. A command
 * that arrives without a correlation id starts its own correlation with its message id. Event handlers (the projections)
 * send no messages, so an event gives nothing to correlate.
 */
public class RecordMetadataCorrelation implements CorrelationDataProvider {

    static final List<String> COPIED_KEYS =
            List.of(RecordMetadata.USER_ID, RecordMetadata.ROLE, RecordMetadata.CLINIC_ID, RecordMetadata.RECORDED_AT);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof EventMessage<?>) {
            // Events only cause read-model rows here, never messages; reading their metadata for nothing cost every
            // processor a metadata deserialization per event.
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED_KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(
                RecordMetadata.CORRELATION_ID,
                message.getMetaData().getOrDefault(RecordMetadata.CORRELATION_ID, message.getIdentifier()));
        return data;
    }
}
