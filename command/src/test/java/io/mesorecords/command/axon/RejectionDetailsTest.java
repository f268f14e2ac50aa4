package io.mesorecords.command.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.command.record.RuleViolation;
import io.mesorecords.privacy.PersonalDataErasedException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

class RejectionDetailsTest {

    @Test
    void anUnknownPatientTravelsAsPatientNotFound() {
        assertThat(rejectionOf(new AggregateNotFoundException("p-1", "no such record")))
                .isEqualTo(Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void aStaleIfMatchTravelsAsVersionConflict() {
        assertThat(rejectionOf(new ConflictingAggregateVersionException("p-1", 3, 5)))
                .isEqualTo(Rejection.RECORD_VERSION_CONFLICT);
    }

    @Test
    void aTakenPatientIdTravelsAsAlreadyExists() {
        assertThat(rejectionOf(new AggregateStreamCreationException("id taken")))
                .isEqualTo(Rejection.PATIENT_ALREADY_EXISTS);
    }

    @Test
    void aLostAppendRaceTravelsAsConcurrentChangeAndKeepsItsCause() {
        ConcurrencyException race = new ConcurrencyException("sequence 7 taken");

        CommandExecutionException refusal = RejectionDetails.of(race).orElseThrow();

        assertThat(refusal.getCause()).isSameAs(race);
        assertThat(((CommandRejected) refusal.getDetails().orElseThrow()).rejection())
                .isEqualTo(Rejection.RECORD_CONCURRENT_CHANGE);
    }

    @Test
    void aConcurrentChangeIsToldInFixedWordsNotInTheFailuresOwn() {
        ConcurrencyException race =
                new ConcurrencyException("duplicate key: (aggregateidentifier, sequencenumber)=(p-1, 7)");

        CommandRejected details = (CommandRejected)
                RejectionDetails.of(race).orElseThrow().getDetails().orElseThrow();

        assertThat(details.message())
                .isEqualTo(RejectionDetails.CONCURRENT_CHANGE)
                .doesNotContain("p-1");
        assertThat(RejectionDetails.of(new StaleRecordException("p-1", 3, 5L, null))
                        .orElseThrow()
                        .getMessage())
                .isEqualTo(RejectionDetails.CONCURRENT_CHANGE);
    }

    @Test
    void aDestroyedKeyMetAtTheAppendTravelsAsConcurrentChange() {
        var wrapped = new IllegalStateException("append failed", new PersonalDataErasedException("p-1"));

        assertThat(rejectionOf(wrapped)).isEqualTo(Rejection.RECORD_CONCURRENT_CHANGE);
    }

    @Test
    void refusalsThatAlreadyCarryTheirRejectionAndOtherFailuresAreLeftAlone() {
        assertThat(RejectionDetails.of(new RuleViolation(Rejection.CONTRAINDICATION_ALLERGY, "allergic")))
                .isEmpty();
        assertThat(RejectionDetails.of(new IllegalStateException("database down")))
                .isEmpty();
    }

    private static Rejection rejectionOf(Throwable failure) {
        CommandExecutionException refusal = RejectionDetails.of(failure).orElseThrow();
        return ((CommandRejected) refusal.getDetails().orElseThrow()).rejection();
    }
}
