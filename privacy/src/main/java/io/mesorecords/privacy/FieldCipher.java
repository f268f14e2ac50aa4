package io.mesorecords.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per value and associated data binding the ciphertext to where it belongs
 * (the patient, the event type and the field), so a value copied into another field, event or record fails to open.
 * The sealed form is {@code v1:} and the base64 of nonce, ciphertext and 128-bit tag.
 */
final class FieldCipher {

    static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM offers no AES-GCM", e);
        }
    });

    private FieldCipher() {}

    static String seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        return VERSION + Base64.getEncoder().encodeToString(encrypt(key, plaintext, associatedData));
    }

    /** Opens a sealed value; an altered ciphertext, a wrong key or other associated data fails authentication. */
    static byte[] open(SecretKey key, String sealed, byte[] associatedData) {
        if (!sealed.startsWith(VERSION)) {
            throw new PersonalDataUnreadableException("Encrypted value of an unknown format version");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new PersonalDataUnreadableException("Encrypted value is not valid base64", e);
        }
        return decrypt(key, raw, associatedData);
    }

    static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    static byte[] decrypt(SecretKey key, byte[] sealed, byte[] associatedData) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataUnreadableException("Encrypted value is too short to be AES-GCM");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new PersonalDataUnreadableException(
                    "Encrypted value failed authentication: altered, moved from elsewhere, or under another key", e);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataUnreadableException("AES-GCM decryption failed", e);
        }
    }

    /** Associated data: a purpose label and the parts, each followed by a zero byte, so no two lists collide. */
    static byte[] associatedData(String purpose, String... parts) {
        StringBuilder text = new StringBuilder(purpose).append('\0');
        for (String part : parts) {
            text.append(part).append('\0');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
