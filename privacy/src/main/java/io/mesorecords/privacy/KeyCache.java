package io.mesorecords.privacy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;

/**
 * Unwrapped data keys in memory, so a rebuild does not query and unwrap a key per event: bounded (least recently used
 * goes first) and, for live keys, only for a while. Another node may destroy a key at any moment; the time to live
 * bounds how long this node can still decrypt with it (docs/security.md). A destroyed key stays destroyed, so that
 * answer is kept until it is pushed out.
 */
final class KeyCache {

    private record Entry(SecretKey key, long loadedAt) {}

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries;

    KeyCache(int capacity, Duration ttl, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > KeyCache.this.capacity;
            }
        };
    }

    /** Whether anything is kept at all (a capacity of 0 turns the cache off). */
    boolean enabled() {
        return capacity > 0;
    }

    /** The cached answer: a key, {@link #DESTROYED}, or null when nothing (fresh) is cached. */
    synchronized Object get(String subject) {
        Entry entry = entries.get(subject);
        if (entry == null) {
            return null;
        }
        if (entry.key == null) {
            return DESTROYED;
        }
        if (nanoTime.getAsLong() - entry.loadedAt > ttlNanos) {
            entries.remove(subject);
            return null;
        }
        return entry.key;
    }

    synchronized void putKey(String subject, SecretKey key) {
        if (capacity > 0) {
            entries.put(subject, new Entry(key, nanoTime.getAsLong()));
        }
    }

    synchronized void putDestroyed(String subject) {
        if (capacity > 0) {
            entries.put(subject, new Entry(null, nanoTime.getAsLong()));
        }
    }

    synchronized void evict(String subject) {
        entries.remove(subject);
    }

    static final Object DESTROYED = new Object();
}
