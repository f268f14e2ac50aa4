package io.mesorecords.command.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The patient records most recently used, strongly held up to a fixed number. Axon's {@code WeakReferenceCache} loses
 * its entries at every garbage collection, so with thousands of patients in use between two commands of one patient
 * nearly every command sourced the record from the store again. Least recently used entries go first.
 */
final class BoundedRecordCache implements Cache {

    private final int capacity;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    BoundedRecordCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() <= BoundedRecordCache.this.capacity) {
                    return false;
                }
                listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Null values not supported");
        }
        Object before = entries.put(key, value);
        listeners.forEach(l -> {
            if (before == null) {
                l.onEntryCreated(key, value);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object existing = entries.get(key);
        if (existing != null) {
            return (T) existing;
        }
        T created = valueSupplier.get();
        if (created == null) {
            throw new IllegalStateException("Value Supplier of Cache produced a null value for key [" + key + "]!");
        }
        put(key, created);
        return created;
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        listeners.forEach(l -> l.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object current = entries.get(key);
        if (current == null) {
            return;
        }
        V updated = update.apply((V) current);
        if (updated == null) {
            remove(key);
        } else {
            put(key, updated);
        }
    }
}
