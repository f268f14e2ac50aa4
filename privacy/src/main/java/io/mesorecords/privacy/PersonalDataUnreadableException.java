package io.mesorecords.privacy;

/**
 * Personal data in an event could not be decrypted although its key exists: the ciphertext or the key row was altered,
 * or the master key that wraps the key is not the one configured. Never raised for erased data, which reads as absent.
 */
public class PersonalDataUnreadableException extends RuntimeException {

    public PersonalDataUnreadableException(String message) {
        super(message);
    }

    public PersonalDataUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
