package io.mesorecords.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key that wraps the patients' data keys. Its id is derived from the key (a truncated SHA-256 under a
 * label), so every wrapped key names the master key it needs without any id to configure, and a wrong key is told
 * apart from an altered row.
 */
public record MasterKey(String id, SecretKey key) {

    static final int BYTES = 32;

    public static MasterKey ofBase64(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key is not valid base64", e);
        }
        return of(raw);
    }

    public static MasterKey of(byte[] raw) {
        if (raw.length != BYTES) {
            throw new IllegalStateException(
                    "The master key must be 32 bytes (256 bits, base64 of 44 characters), not " + raw.length);
        }
        return new MasterKey(idOf(raw), new SecretKeySpec(raw, "AES"));
    }

    public static MasterKey random() {
        byte[] raw = new byte[BYTES];
        new SecureRandom().nextBytes(raw);
        return of(raw);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static String idOf(byte[] raw) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("mesorecords.master-key-id.v1".getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha256.digest(raw);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
