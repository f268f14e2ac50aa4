package io.mesorecords.command.integrity;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An event as its row in {@code DomainEventEntry} holds it: the columns a link of the record chain covers. The payload
 * stays in its stored bytes; the metadata is read into a map sorted by key, each value as text, so its hash does not
 * depend on the order a serializer writes map entries in.
 */
record StoredEvent(
        String aggregateIdentifier,
        long sequenceNumber,
        String eventIdentifier,
        String aggregateType,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        SortedMap<String, String> metaData) {

    StoredEvent {
        payload = payload.clone();
        metaData = Collections.unmodifiableSortedMap(new TreeMap<>(metaData));
    }

    static SortedMap<String, String> metaDataOf(Map<String, ?> entries) {
        SortedMap<String, String> sorted = new TreeMap<>();
        entries.forEach((key, value) -> sorted.put(key, value == null ? null : String.valueOf(value)));
        return sorted;
    }
}
