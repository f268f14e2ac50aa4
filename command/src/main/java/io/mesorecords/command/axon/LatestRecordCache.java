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
final class LatestRecordCache implements Cache {

    private static final String SERVED = LatestRecordCache.class.getName() + ".served";

    private final Cache cached;
    private final EventStore eventStore;
    private final CachedRecordCheck check;

    LatestRecordCache(Cache cached, EventStore eventStore, CachedRecordCheck check) {
        this.cached = cached;
        this.eventStore = eventStore;
        this.check = check;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value instanceof AggregateCacheEntry<?> entry) {
            Long version = versionOf(entry);
            if (version == null || !handOut(key.toString(), version)) {
                cached.remove(key);
                return null;
            }
        }
        return value;
    }

    /**
     * Whether the record at this version may be handed out now: checked against the store at once, or noted in the unit
     * of work for {@link #assertServedRecordsLatest}. Outside a unit of work nothing could check it later, so it is
     * checked at once.
     */
    private boolean handOut(String aggregateId, long version) {
        if (check == CachedRecordCheck.ON_REFUSAL && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get()
                    .root()
                    .<Map<String, Long>>getOrComputeResource(SERVED, k -> new HashMap<>())
                    .put(aggregateId, version);
            return true;
        }
        return isLatest(aggregateId, version);
    }

    /**
     * Throws {@link StaleRecordException}, with the failure as its cause, when a record this cache handed out in the
     * unit of work without checking it is no longer the stream's latest version; evicts that record.
     */
    void assertServedRecordsLatest(UnitOfWork<?> unitOfWork, Throwable failure) {
        Map<String, Long> served = unitOfWork.root().getResource(SERVED);
        if (served == null) {
            return;
        }
        for (Map.Entry<String, Long> record : served.entrySet()) {
            Long stored = eventStore.lastSequenceNumberFor(record.getKey()).orElse(null);
            if (!record.getValue().equals(stored)) {
                cached.remove(record.getKey());
                throw new StaleRecordException(record.getKey(), record.getValue(), stored, failure);
            }
        }
    }

    private boolean isLatest(String aggregateId, long version) {
        Optional<Long> stored = eventStore.lastSequenceNumberFor(aggregateId);
        return stored.isPresent() && stored.get() == version;
    }

    /**
     * An in-memory cache holds the live aggregate, which {@code recreateAggregate} returns as it is without using its
     * arguments; an entry that went through serialization has none and counts as unknown.
     */
    private static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            EventSourcedAggregate<?> aggregate =
                    entry.recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE);
            return aggregate.version();
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
