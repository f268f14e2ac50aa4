package io.mesorecords.command.http;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.command.axon.ConcurrentAppendRetry;
import io.mesorecords.command.record.ClinicMembership;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Reads why a command failed, by type and code only. The gateway may wrap the cause, and a command decided on another
 * node arrives as a {@link CommandExecutionException} whose details carry the {@link CommandRejected}, so the whole
 * cause chain is searched.
 */
final class CommandFailures {

    private static final int MAX_DEPTH = 16;

    private CommandFailures() {}

    static Optional<Problem> classify(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            Optional<Problem> problem = classifyOne(current);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the record's event stream refused the append: the id is taken, or another command got there first. For a
     * registration, an erased patient's id counts as taken: its destroyed key refuses the new record's personal data
     * before the stream's unique key is reached, and the retry of that failure ends as a concurrent change.
     */
    static boolean isStreamConflict(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return ConcurrentAppendRetry.isConcurrentAppend(failure);
    }

    private static Optional<Problem> classifyOne(Throwable failure) {
        if (failure instanceof RecordRejected rejected) {
            return Optional.of(Problem.of(rejected.rejection(), rejected.getMessage()));
        }
        if (failure instanceof CommandExecutionException execution) {
            Optional<Object> details = execution.getDetails();
            if (details.isPresent() && details.get() instanceof CommandRejected rejected) {
                return Optional.of(Problem.of(rejected.rejection(), rejected.message()));
            }
        }
        if (failure instanceof AggregateNotFoundException) {
            return Optional.of(Problem.of(Rejection.PATIENT_NOT_FOUND, ClinicMembership.NO_SUCH_PATIENT));
        }
        if (failure instanceof ConflictingAggregateVersionException) {
            return Optional.of(Problem.of(
                    EdgeProblem.VERSION_CONFLICT,
                    "The record has changed since the version given in If-Match; read it again and retry"));
        }
        if (failure instanceof AggregateStreamCreationException || failure instanceof ConcurrencyException) {
            return Optional.of(Problem.of(
                    EdgeProblem.CONCURRENT_CHANGE, "Another change to this record was recorded at the same moment"));
        }
        if (failure instanceof TimeoutException) {
            return Optional.of(Problem.of(
                    EdgeProblem.COMMAND_TIMEOUT,
                    "The command was not decided in time and may still be recorded; read the record before retrying"));
        }
        return Optional.empty();
    }
}
