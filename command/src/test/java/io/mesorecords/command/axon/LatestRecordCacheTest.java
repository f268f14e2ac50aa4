package io.mesorecords.command.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.mesorecords.api.common.Rejection;
import io.mesorecords.command.record.RuleViolation;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cached record is never the ground of an answered refusal unless it is the stream's latest version; with the default
 * check the store is asked only when a command fails.
 */
class LatestRecordCacheTest {

    private static final String PATIENT = "patient-1";

    private final EventStore store = mock(EventStore.class);

    private final BoundedRecordCache records = new BoundedRecordCache(8);
    private UnitOfWork<?> unitOfWork;

    @AfterEach
    void endUnitOfWork() {
        if (unitOfWork != null && unitOfWork.isActive()) {
            unitOfWork.rollback();
        }
    }

    @Test
    void anAcceptedCommandOnACachedRecordAsksTheStoreNothing() throws Exception {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);

        Object answer = handle(cache, () -> {
            AggregateCacheEntry<Record> entry = cache.get(PATIENT);
            // What apply does to the live aggregate: its last sequence number moves on.
            entry.recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE)
                    .initSequence(4);
            return 4L;
        });

        assertThat(answer).isEqualTo(4L);
        verifyNoInteractions(store);
    }

    @Test
    void aRefusalOnAnOutdatedRecordIsSentAgainOnTheStoredRecord() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(5L));
        RuleViolation refusal = new RuleViolation(Rejection.COURSE_NOT_FOUND, "no such course");

        assertThatThrownBy(() -> handle(cache, () -> {
                    cache.get(PATIENT);
                    throw refusal;
                }))
                .isInstanceOf(StaleRecordException.class)
                .isInstanceOf(ConcurrencyException.class)
                .hasCause(refusal)
                .satisfies(stale -> assertThat(ConcurrentAppendRetry.isConcurrentAppend(stale))
                        .isTrue());
        assertThat(records.containsKey(PATIENT)).isFalse();
    }

    @Test
    void aRefusalOnTheLatestRecordIsAnsweredAsItIs() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(3L));
        RuleViolation refusal = new RuleViolation(Rejection.COURSE_NOT_FOUND, "no such course");

        assertThatThrownBy(() -> handle(cache, () -> {
                    cache.get(PATIENT);
                    throw refusal;
                }))
                .isSameAs(refusal);
        assertThat(records.containsKey(PATIENT)).isTrue();
    }

    @Test
    void aRefusalDecidedWithoutTheCacheIsNotChecked() {
        LatestRecordCache cache = new LatestRecordCache(records, store, CachedRecordCheck.ON_REFUSAL);
        RuleViolation refusal = new RuleViolation(Rejection.PATIENT_NOT_FOUND, "no such patient");

        assertThatThrownBy(() -> handle(cache, () -> {
                    assertThat((Object) cache.get(PATIENT)).isNull();
                    throw refusal;
                }))
                .isSameAs(refusal);
        verifyNoInteractions(store);
    }

    @Test
    void aRefusalThatCannotBeCheckedIsDecidedAgainOnTheStoredRecord() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        IllegalStateException unreachable = new IllegalStateException("connection refused");
        when(store.lastSequenceNumberFor(PATIENT)).thenThrow(unreachable);
        RuleViolation refusal = new RuleViolation(Rejection.COURSE_NOT_FOUND, "no such course");

        assertThatThrownBy(() -> handle(cache, () -> {
                    cache.get(PATIENT);
                    throw refusal;
                }))
                .isInstanceOf(StaleRecordException.class)
                .hasCause(refusal)
                .satisfies(stale -> assertThat(stale.getSuppressed()).containsExactly(unreachable));
        assertThat(records.containsKey(PATIENT)).isFalse();
    }

    @Test
    void aCommandThatAppliedNoEventToAnOutdatedRecordIsDecidedAgain() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(5L));

        assertThatThrownBy(() -> handle(cache, () -> {
                    cache.get(PATIENT);
                    return 3L;
                }))
                .isInstanceOf(StaleRecordException.class)
                .hasNoCause();
        assertThat(records.containsKey(PATIENT)).isFalse();
    }

    @Test
    void aCommandThatAppliedNoEventToTheLatestRecordIsAnswered() throws Exception {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(3L));

        assertThat(handle(cache, () -> {
                    cache.get(PATIENT);
                    return 3L;
                }))
                .isEqualTo(3L);
    }

    @Test
    void aLostAppendRaceIsRetriedAsItIsWithoutAskingTheStore() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        ConcurrencyException race = new ConcurrencyException("sequence 4 taken");

        assertThatThrownBy(() -> handle(cache, () -> {
                    cache.get(PATIENT);
                    throw race;
                }))
                .isSameAs(race);
        verifyNoInteractions(store);
    }

    @Test
    void checkedOnEveryCommandAnOutdatedRecordIsNotHandedOut() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.EVERY_COMMAND);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(5L));

        Object found = inUnitOfWork(() -> cache.get(PATIENT));

        assertThat(found).isNull();
        assertThat(records.containsKey(PATIENT)).isFalse();
    }

    @Test
    void checkedOnEveryCommandTheLatestRecordIsHandedOut() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.EVERY_COMMAND);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(3L));

        Object found = inUnitOfWork(() -> cache.get(PATIENT));

        assertThat(found).isNotNull();
    }

    @Test
    void outsideAUnitOfWorkARecordIsCheckedAtOnceWhateverTheSetting() {
        LatestRecordCache cache = cacheHolding(3, CachedRecordCheck.ON_REFUSAL);
        when(store.lastSequenceNumberFor(PATIENT)).thenReturn(Optional.of(5L));

        assertThat((Object) cache.get(PATIENT)).isNull();
    }

    /** The cache with the record at {@code version}, as Axon's caching repository puts it. */
    private LatestRecordCache cacheHolding(long version, CachedRecordCheck check) {
        EventSourcedAggregate<Record> aggregate = EventSourcedAggregate.initialize(
                new Record(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Record.class),
                null,
                (org.axonframework.eventsourcing.SnapshotTrigger) null);
        aggregate.initSequence(version);
        assertThat(new AggregateCacheEntry<>(aggregate)
                        .recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE)
                        .version())
                .isEqualTo(version);
        records.put(PATIENT, new AggregateCacheEntry<>(aggregate));
        return new LatestRecordCache(records, store, check);
    }

    /** The command's handling as the command bus runs it: in a unit of work, through the interceptor. */
    private Object handle(LatestRecordCache cache, java.util.concurrent.Callable<Object> handler) throws Exception {
        unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("command"));
        @SuppressWarnings("unchecked")
        UnitOfWork<org.axonframework.commandhandling.CommandMessage<?>> commandWork =
                (UnitOfWork<org.axonframework.commandhandling.CommandMessage<?>>) unitOfWork;
        return new CachedRecordRecheck(cache).handle(commandWork, handler::call);
    }

    private Object inUnitOfWork(java.util.function.Supplier<Object> work) {
        unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("command"));
        return work.get();
    }

    static class Record {
        @AggregateIdentifier
        String id = PATIENT;
    }
}
