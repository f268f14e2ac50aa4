package io.mesorecords.api.common;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Defensive copies for message fields. Sets and maps are sorted, so a message serializes to the same bytes on every
 * node and every run (stored samples and content hashes depend on it); absent collections become empty ones.
 */
public final class Immutable {

    private Immutable() {}

    public static <E extends Comparable<? super E>> SortedSet<E> sortedSet(Collection<E> items) {
        return items == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(items));
    }

    public static <E> List<E> list(List<E> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    public static <K extends Comparable<? super K>, V> SortedMap<K, V> sortedMap(Map<K, V> entries) {
        return entries == null
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }
}
