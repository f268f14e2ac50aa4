package io.mesorecords.command.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.command.record.RuleViolation;
import io.mesorecords.privacy.PersonalDataErasedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentAppendRetryTest {

    private final ConcurrentAppendRetry retry = new ConcurrentAppendRetry(2, 1);

    @AfterEach
    void stop() {
        retry.close();
    }

    @Test
    void aCommandThatLostTheAppendRaceIsSentAgain() throws InterruptedException {
        CountDownLatch sentAgain = new CountDownLatch(1);

        boolean scheduled = retry.scheduleRetry(
                command(), new ConcurrencyException("sequence 4 taken"), failures(1), sentAgain::countDown);

        assertThat(scheduled).isTrue();
        assertThat(sentAgain.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLostRaceReportedThroughAnotherExceptionIsSentAgain() {
        var wrapped = new IllegalStateException("commit failed", new ConcurrencyException("sequence 4 taken"));

        assertThat(retry.scheduleRetry(command(), wrapped, failures(1), () -> {}))
                .isTrue();
    }

    @Test
    void aDestroyedKeyMetAtTheAppendIsSentAgain() {
        // Another node erased the patient after this node cached the record (decision 29): decided again, the command
        // is refused on the closed record.
        var erased = new IllegalStateException("append failed", new PersonalDataErasedException("patient-1"));

        assertThat(retry.scheduleRetry(command(), erased, failures(1), () -> {}))
                .isTrue();
    }

    @Test
    void aRuleRefusalIsNeverRetriedThoughAxonCallsItTransient() {
        var refusal = new RuleViolation(Rejection.PATIENT_NOT_FOUND, "no such patient");

        assertThat(retry.scheduleRetry(command(), refusal, failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void aStaleIfMatchIsNeverRetried() {
        var stale = new ConflictingAggregateVersionException("patient-1", 3, 5);

        assertThat(retry.scheduleRetry(command(), stale, failures(1), () -> {})).isFalse();
    }

    @Test
    void aTakenPatientIdIsNeverRetried() {
        var taken = new AggregateStreamCreationException("patient-1 exists");

        assertThat(retry.scheduleRetry(command(), taken, failures(1), () -> {})).isFalse();
    }

    @Test
    void aRefusalDecidedOnAnotherNodeIsNeverRetried() {
        var remote = new CommandExecutionException("refused", null, "details");

        assertThat(retry.scheduleRetry(command(), remote, failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void aLostRaceDecidedOnAnotherNodeIsSentAgain() {
        // Across Axon Server only the failure's details survive: the rejection says what happened.
        var remote = new CommandExecutionException(
                "lost", null, new CommandRejected(Rejection.RECORD_CONCURRENT_CHANGE, "lost the race"));

        assertThat(retry.scheduleRetry(command(), remote, failures(1), () -> {}))
                .isTrue();
    }

    @Test
    void aStaleIfMatchDecidedOnAnotherNodeIsNeverRetried() {
        var remote = new CommandExecutionException(
                "stale", null, new CommandRejected(Rejection.RECORD_VERSION_CONFLICT, "record moved on"));

        assertThat(retry.scheduleRetry(command(), remote, failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void aCommandStillLosingAfterTheLastRetryFails() {
        assertThat(retry.scheduleRetry(command(), new ConcurrencyException("again"), failures(3), () -> {}))
                .isFalse();
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>("probe");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
