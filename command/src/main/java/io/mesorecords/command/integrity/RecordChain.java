package io.mesorecords.command.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one link of a patient's record chain: SHA-256 over the previous link's hash and the event's canonical
 * form. The form is versioned by its first field; changing anything below means a new version, never an edit.
 */
final class RecordChain {

    static final String FORM = "mesorecords.record-chain.v1";

    /** The "previous hash" of a record's first event (sequence number 0). */
    static final byte[] GENESIS = new byte[32];

    private static final HexFormat HEX = HexFormat.of();

    private RecordChain() {}

    static byte[] canonicalForm(byte[] previousHash, StoredEvent event) {
        CanonicalBytes form = new CanonicalBytes()
                .text(FORM)
                .bytes(previousHash)
                .text(event.aggregateIdentifier())
                .number(event.sequenceNumber())
                .text(event.eventIdentifier())
                .text(event.aggregateType())
                .text(event.timeStamp())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .bytes(event.payload())
                .number(event.metaData().size());
        event.metaData().forEach((key, value) -> form.text(key).text(value));
        return form.toByteArray();
    }

    static byte[] link(byte[] previousHash, StoredEvent event) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalForm(previousHash, event));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }
}
