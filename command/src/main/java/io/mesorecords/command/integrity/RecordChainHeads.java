package io.mesorecords.command.integrity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last link this node committed per record, so that appending to a record it just wrote needs no read of the
 * previous hash. A link is remembered only after its transaction committed, and is used only for the very next sequence
 * number: the event table's unique key makes a committed link the only one there will ever be at its sequence number,
 * so a link another node appended after it is simply not the one asked for, and is read from the table.
 */
final class RecordChainHeads {

    private record Head(long sequenceNumber, byte[] hash) {}

    private final int capacity;
    private final Map<String, Head> heads;

    RecordChainHeads(int capacity) {
        this.capacity = capacity;
        this.heads = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > RecordChainHeads.this.capacity;
            }
        };
    }

    /** The committed hash of the record's event at {@code sequenceNumber}, if it is the one remembered. */
    synchronized Optional<byte[]> hashAt(String aggregateIdentifier, long sequenceNumber) {
        Head head = heads.get(aggregateIdentifier);
        return head != null && head.sequenceNumber() == sequenceNumber
                ? Optional.of(head.hash().clone())
                : Optional.empty();
    }

    synchronized void committed(String aggregateIdentifier, long sequenceNumber, byte[] hash) {
        Head known = heads.get(aggregateIdentifier);
        if (known == null || known.sequenceNumber() < sequenceNumber) {
            heads.put(aggregateIdentifier, new Head(sequenceNumber, hash.clone()));
        }
    }
}
