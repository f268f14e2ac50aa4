package io.mesorecords.command.axon;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Gives the refusals Axon itself raises while handling a command the same shape as the record's own: a
 * {@link CommandExecutionException} whose details carry the {@link Rejection}. Only those details cross the network when
 * a command was handled on another node (Axon Server), so without this an unknown patient, a stale If-Match or a lost
 * append race would reach the client as an anonymous failure.
 */
final class RejectionDetails {

    private RejectionDetails() {}

    /** The failure as a command refusal with details, or empty when it already has them or is not a refusal. */
    static Optional<CommandExecutionException> of(Throwable failure) {
        if (failure instanceof CommandExecutionException execution
                && execution.getDetails().isPresent()) {
            return Optional.empty();
        }
        return rejectionFor(failure).map(rejection -> {
            String message = rejection == Rejection.RECORD_CONCURRENT_CHANGE
                    ? CONCURRENT_CHANGE
                    : failure.getMessage() == null ? rejection.code() : failure.getMessage();
            return new CommandExecutionException(message, failure, new CommandRejected(rejection, message));
        });
    }

    /**
     * The answer to a lost race, whatever the failure said: its own text names versions, or the statement and its
     * values, and for a record of another clinic would tell that the record exists.
     */
    static final String CONCURRENT_CHANGE = "Another change to this record was recorded at the same moment";

    private static Optional<Rejection> rejectionFor(Throwable failure) {
        // Most specific first: a version conflict is also a concurrency exception.
        if (failure instanceof ConflictingAggregateVersionException) {
            return Optional.of(Rejection.RECORD_VERSION_CONFLICT);
        }
        if (failure instanceof AggregateStreamCreationException) {
            return Optional.of(Rejection.PATIENT_ALREADY_EXISTS);
        }
        if (failure instanceof ConcurrencyException || ConcurrentAppendRetry.erasedAtAppend(failure)) {
            return Optional.of(Rejection.RECORD_CONCURRENT_CHANGE);
        }
        if (failure instanceof AggregateNotFoundException) {
            return Optional.of(Rejection.PATIENT_NOT_FOUND);
        }
        return Optional.empty();
    }
}
