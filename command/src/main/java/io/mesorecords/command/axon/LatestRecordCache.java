package io.mesorecords.command.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sees to it that no command is decided on an outdated cached patient record. Command nodes sharing one database each
 * keep their own cache, and a node never hears of events another node appended. A stale record accepting a command
 * cannot commit: the command's event takes a sequence number the newer events already hold, the event table's unique
 * key refuses it, Axon evicts the record on rollback and {@link ConcurrentAppendRetry} sends the command again. But a
 * stale record could also refuse a command on state that no longer holds, such as planning a course right after
 * another node recorded the consent.
 *
 * <p>With {@link CachedRecordCheck#EVERY_COMMAND} a cached record is handed to the repository only when its version is
 * the stream's last sequence number (one indexed {@code max(sequenceNumber)} per command). With
 * {@link CachedRecordCheck#ON_REFUSAL} it is handed out as it is and its version noted in the unit of work; only when
 * the command fails is the store asked ({@link CachedRecordRecheck}), and an outdated record turns the failure into a
 * retry on the record as stored. Either way a refusal is only answered when it was decided on the latest record.
 */
public final class LatestRecordCache implements Cache {

    private static final String SERVED = LatestRecordCache.class.getName() + ".served";

    private final Cache cached;
    private final EventStore eventStore;
    private final CachedRecordCheck check;

    LatestRecordCache(Cache cached, EventStore eventStore, CachedRecordCheck check) {
        this.cached = cached;
        this.eventStore = eventStore;
        this.check = check;
    }

    /** When this node asks the store whether a cached record is the latest. */
    public CachedRecordCheck check() {
        return check;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value instanceof AggregateCacheEntry<?> entry) {
            EventSourcedAggregate<?> aggregate = liveAggregateOf(entry);
            if (aggregate == null || aggregate.version() == null || !handOut(key.toString(), aggregate)) {
                cached.remove(key);
                return null;
            }
        }
        return value;
    }

    /**
     * Whether the record may be handed out now: checked against the store at once, or noted in the unit of work with
     * the version it is handed out at, for {@link #assertServedRecordsLatest}. Outside a unit of work nothing could
     * check it later, so it is checked at once.
     */
    private boolean handOut(String aggregateId, EventSourcedAggregate<?> aggregate) {
        if (check == CachedRecordCheck.ON_REFUSAL && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get()
                    .root()
                    .<Map<String, Served>>getOrComputeResource(SERVED, k -> new HashMap<>())
                    .put(aggregateId, new Served(aggregate.version(), aggregate));
            return true;
        }
        return isLatest(aggregateId, aggregate.version());
    }

    /** A record handed out unchecked: the version it had then, and the live aggregate the command changes. */
    private record Served(long version, EventSourcedAggregate<?> aggregate) {

        /** Whether the command applied no event to it (every accepted command on the record applies at least one). */
        boolean unchanged() {
            Long now = aggregate.version();
            return now != null && now == version;
        }
    }

    /**
     * Throws {@link StaleRecordException}, with the failure as its cause, when a record this cache handed out in the
     * unit of work without checking it is no longer the stream's latest version, or when the store cannot be asked;
     * evicts that record. The command is then sent again and decided on the record as stored.
     */
    void assertServedRecordsLatest(UnitOfWork<?> unitOfWork, Throwable failure) {
        Map<String, Served> served = unitOfWork.root().getResource(SERVED);
        if (served != null) {
            served.forEach((aggregateId, record) -> assertLatest(aggregateId, record.version(), failure));
        }
    }

    /**
     * After a command succeeded: a record it applied no event to could not have met the unique key, so its success is
     * only trusted once the record is known to be the latest. No command handler does that today; the check keeps a
     * future one from answering on an outdated record.
     */
    void assertUnchangedRecordsLatest(UnitOfWork<?> unitOfWork) {
        Map<String, Served> served = unitOfWork.root().getResource(SERVED);
        if (served != null) {
            served.forEach((aggregateId, record) -> {
                if (record.unchanged()) {
                    assertLatest(aggregateId, record.version(), null);
                }
            });
        }
    }

    private void assertLatest(String aggregateId, long version, Throwable failure) {
        Long stored;
        try {
            stored = eventStore.lastSequenceNumberFor(aggregateId).orElse(null);
        } catch (RuntimeException unreadable) {
            // Not known to be the latest: decided again on the record as stored, which fails as well if the store does.
            cached.remove(aggregateId);
            StaleRecordException unknown = new StaleRecordException(aggregateId, version, null, failure);
            unknown.addSuppressed(unreadable);
            throw unknown;
        }
        if (stored == null || stored != version) {
            cached.remove(aggregateId);
            throw new StaleRecordException(aggregateId, version, stored, failure);
        }
    }

    private boolean isLatest(String aggregateId, long version) {
        Optional<Long> stored = eventStore.lastSequenceNumberFor(aggregateId);
        return stored.isPresent() && stored.get() == version;
    }

    /**
     * An in-memory cache holds the live aggregate, which {@code recreateAggregate} returns as it is without using its
     * arguments; an entry that went through serialization has none and counts as unknown (null).
     */
    private static EventSourcedAggregate<?> liveAggregateOf(AggregateCacheEntry<?> entry) {
        try {
            return entry.recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    @Override
    public void put(Object key, Object value) {
        cached.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cached.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return cached.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public boolean remove(Object key) {
        return cached.remove(key);
    }

    @Override
    public void removeAll() {
        cached.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cached.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return cached.registerCacheEntryListener(cacheEntryListener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        cached.computeIfPresent(key, update);
    }
}
