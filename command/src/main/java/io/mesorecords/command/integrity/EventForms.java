package io.mesorecords.command.integrity;

import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Builds the {@link StoredEvent} of a message as the JDBC engine writes it, and of a row as it was read back. Both read
 * the metadata through the event serializer from its stored bytes, so the two sides of a comparison cannot disagree
 * about how a value turns into text.
 */
final class EventForms {

    private final Serializer eventSerializer;

    EventForms(Serializer eventSerializer) {
        this.eventSerializer = eventSerializer;
    }

    /**
     * The same serialized payload and metadata Axon's engine stores: a message caches its serialized form per
     * serializer and representation, and the JDBC engine asks for {@code byte[]}.
     */
    StoredEvent ofMessage(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(eventSerializer, byte[].class);
        return new StoredEvent(
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getIdentifier(),
                event.getType(),
                DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                metaData(metaData.getData()));
    }

    StoredEvent ofRow(
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            String aggregateType,
            String timeStamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData) {
        return new StoredEvent(
                aggregateIdentifier,
                sequenceNumber,
                eventIdentifier,
                aggregateType,
                timeStamp,
                payloadType,
                payloadRevision,
                payload,
                metaData(metaData));
    }

    private java.util.SortedMap<String, String> metaData(byte[] stored) {
        if (stored == null) {
            return StoredEvent.metaDataOf(Map.of());
        }
        MetaData metaData = eventSerializer.deserialize(
                new SimpleSerializedObject<>(stored, byte[].class, MetaData.class.getName(), null));
        return StoredEvent.metaDataOf(metaData);
    }
}
