package io.mesorecords.privacy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A key store in a map, for tests that exercise encryption rather than storage. */
final class InMemoryKeyStore implements PersonalDataKeyStore {

    final Map<String, StoredKey> keys = new ConcurrentHashMap<>();
    int finds;
    int lookUps;

    @Override
    public Optional<StoredKey> find(String subject) {
        finds++;
        return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public Map<String, StoredKey> findAll(java.util.Collection<String> subjects) {
        lookUps++;
        Map<String, StoredKey> found = new java.util.HashMap<>();
        subjects.forEach(subject -> {
            if (keys.containsKey(subject)) {
                found.put(subject, keys.get(subject));
            }
        });
        return found;
    }

    @Override
    public StoredKey createIfAbsent(String subject, WrappedKey key, Instant at) {
        return keys.computeIfAbsent(subject, s -> new StoredKey(key, null));
    }

    @Override
    public void destroy(String subject, Instant at) {
        keys.put(subject, new StoredKey(null, at));
    }

    @Override
    public Set<String> masterKeyIds() {
        Set<String> ids = new HashSet<>();
        keys.values().stream()
                .filter(k -> !k.destroyed())
                .forEach(k -> ids.add(k.key().masterKeyId()));
        return ids;
    }
}
