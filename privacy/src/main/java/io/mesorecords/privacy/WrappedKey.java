package io.mesorecords.privacy;

/**
 * A data key as stored: encrypted under a master key.
 *
 * @param masterKeyId the id of the master key it is wrapped under
 * @param bytes nonce, ciphertext and tag
 */
public record WrappedKey(String masterKeyId, byte[] bytes) {}
