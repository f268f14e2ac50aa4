package io.mesorecords.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the patients' data keys are kept, wrapped under the master key. The JDBC store keeps them in the write side's
 * database; another store (a KMS, a vault) replaces it by declaring a bean of this type.
 *
 * <p>A destroyed key leaves a tombstone: {@link #createIfAbsent} must never bring a key back for a patient whose key
 * was destroyed, on any node.
 */
public interface PersonalDataKeyStore {

    /** The patient's key as stored, or empty when none was ever created. */
    Optional<StoredKey> find(String subject);

    /**
     * The stored keys of several patients at once; a patient without any is left out. A store that cannot do better
     * asks for each in turn.
     */
    default Map<String, StoredKey> findAll(Collection<String> subjects) {
        Map<String, StoredKey> found = new HashMap<>();
        for (String subject : subjects) {
            find(subject).ifPresent(key -> found.put(subject, key));
        }
        return found;
    }

    /**
     * Stores the key unless the patient already has one (or a tombstone), safely against a concurrent creation on
     * another node, and answers what is stored afterwards: the given key, the one that won, or the tombstone.
     */
    StoredKey createIfAbsent(String subject, WrappedKey key, Instant at);

    /** Destroys the patient's key for good, leaving a tombstone; also when there was no key yet. Idempotent. */
    void destroy(String subject, Instant at);

    /** The ids of the master keys that stored keys are wrapped under. */
    Set<String> masterKeyIds();

    /**
     * A stored key: wrapped, or destroyed.
     *
     * @param key the wrapped key; null once destroyed
     * @param destroyedAt when it was destroyed; null while it lives
     */
    record StoredKey(WrappedKey key, Instant destroyedAt) {

        public boolean destroyed() {
            return destroyedAt != null;
        }
    }
}
