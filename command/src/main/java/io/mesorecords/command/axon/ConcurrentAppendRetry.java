package io.mesorecords.command.axon;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.privacy.PersonalDataErasedException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when it lost the race for the record's next sequence number to a command on another node: the
 * unit of work rolled back (nothing was stored, and Axon evicted the record from this node's cache), so the retry
 * decides again on the record as the winner left it. Nothing else is retried. Axon's default schedulers retry every
 * failure not marked non-transient, which includes a rule's refusal ({@code RuleViolation} is a {@code
 * CommandExecutionException}); a stale {@code If-Match} ({@code ConflictingAggregateVersionException}) and a taken
 * patient id ({@code AggregateStreamCreationException}) would fail the same way every time and are no
 * {@code ConcurrencyException}. A command still losing after the last retry answers 409 {@code record.concurrent-change}.
 *
 * <p>A {@link PersonalDataErasedException} at the append is the same race seen from the key store: the record was
 * decided on by this node from its cache after another node erased the patient (decision 29). On the record as stored
 * the command is refused (the record is closed) before anything is written, so the retry answers that refusal.
 */
public final class ConcurrentAppendRetry implements RetryScheduler, AutoCloseable {

    private static final int MAX_DEPTH = 16;

    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("concurrent-append-retry"));
    private final RetryScheduler backOff;

    ConcurrentAppendRetry(int maxRetries, long backOffMillis) {
        this.backOff = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(maxRetries)
                .backoffFactor(backOffMillis)
                // Which failures are retried is decided by isConcurrentAppend alone.
                .nonTransientFailurePredicate(failure -> false)
                .build();
    }

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable commandDispatch) {
        return isConcurrentAppend(lastFailure)
                && backOff.scheduleRetry(commandMessage, lastFailure, failures, commandDispatch);
    }

    /**
     * Whether the failure, or one of its causes, is another change to the record getting there first: a lost append
     * race, a destroyed key met at the append, or either as decided on another node.
     */
    public static boolean isConcurrentAppend(Throwable failure) {
        return anyCause(
                failure,
                current -> current instanceof ConcurrencyException
                        || current instanceof PersonalDataErasedException
                        || refusedAsConcurrentChange(current));
    }

    /** Whether a destroyed data key was met at the append, however Axon wrapped it. */
    static boolean erasedAtAppend(Throwable failure) {
        return anyCause(failure, PersonalDataErasedException.class::isInstance);
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (test.test(current)) {
                return true;
            }
        }
        return false;
    }

    /** How a lost race decided on another node arrives: only the rejection in the failure's details survives. */
    private static boolean refusedAsConcurrentChange(Throwable failure) {
        return failure instanceof CommandExecutionException execution
                && execution.getDetails().orElse(null) instanceof CommandRejected rejected
                && rejected.rejection() == Rejection.RECORD_CONCURRENT_CHANGE;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
