package io.mesorecords.command.axon;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Hands a cached patient record to the repository only while it is the latest version in the event store. Command
 * nodes sharing one database each keep their own cache, and a node never hears of events another node appended: a
 * stale record would accept a command only to fail on the event table's unique key (Axon then evicts it on rollback),
 * but it would also refuse commands on state that no longer holds, such as planning a course right after another node
 * recorded the consent. One indexed {@code max(sequenceNumber)} per command is cheaper than replaying the stream.
 */
final class LatestRecordCache implements Cache {

    private final Cache cached;
    private final EventStore eventStore;

    LatestRecordCache(Cache cached, EventStore eventStore) {
        this.cached = cached;
        this.eventStore = eventStore;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !isLatest(key.toString(), entry)) {
            cached.remove(key);
            return null;
        }
        return value;
    }

    private boolean isLatest(String aggregateId, AggregateCacheEntry<?> entry) {
        Optional<Long> stored = eventStore.lastSequenceNumberFor(aggregateId);
        return stored.isPresent() && stored.get().equals(versionOf(entry));
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
