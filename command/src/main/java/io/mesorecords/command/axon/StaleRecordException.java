package io.mesorecords.command.axon;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A command was refused on a cached patient record that another node had already changed (or that could not be
 * compared with the store): the refusal may not hold on the record as stored. It is a {@link ConcurrencyException}, so the gateway sends the command again
 * ({@link ConcurrentAppendRetry}) and it is decided on the record read from the store; the refusal is kept as the
 * cause.
 */
final class StaleRecordException extends ConcurrencyException {

    /**
     * @param storedVersion the stream's last sequence number, or null when the store could not tell
     * @param refusal the command's own failure, or null when the command succeeded without an event
     */
    StaleRecordException(String patientId, long cachedVersion, Long storedVersion, Throwable refusal) {
        super(
                "Patient record " + patientId + " was decided at version " + cachedVersion + " from this node's cache;"
                        + (storedVersion == null
                                ? " the store's version could not be read"
                                : " the store holds version " + storedVersion),
                refusal);
    }
}
