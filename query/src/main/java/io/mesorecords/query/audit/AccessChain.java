package io.mesorecords.query.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one access-log entry: SHA-256 over the previous entry's hash and the entry's canonical form (every field
 * but the hash itself, in declaration order). Versioned by its first field.
 */
final class AccessChain {

    static final String FORM = "mesorecords.access-log.v1";
    static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private AccessChain() {}

    static byte[] canonicalForm(String previousHash, AccessEntry entry) {
        return new CanonicalBytes()
                .text(FORM)
                .bytes(HEX.parseHex(previousHash))
                .number(entry.chainPosition())
                .text(entry.entryId().toString())
                .text(entry.occurredAt().toString())
                .text(entry.action().name())
                .text(entry.outcome().name())
                .number(entry.status())
                .text(entry.userId())
                .text(entry.role())
                .text(entry.clinicId())
                .text(entry.purposeOfUse())
                .text(entry.clientAddress())
                .text(entry.patientId())
                .text(entry.objectType())
                .text(entry.objectPath())
                .text(entry.objectQuery())
                .text(entry.correlationId())
                .toByteArray();
    }

    static String link(String previousHash, AccessEntry entry) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm(previousHash, entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
