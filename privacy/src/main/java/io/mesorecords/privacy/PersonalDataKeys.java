package io.mesorecords.privacy;

import io.mesorecords.privacy.PersonalDataKeyStore.StoredKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The patients' data keys as the serializer needs them: created on first use, unwrapped and cached, destroyed on
 * erasure. A key created or destroyed in a transaction that is still open is never cached (a rollback would leave the
 * cache naming a key the database does not have); it is evicted once that transaction ends, whichever way.
 */
public final class PersonalDataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataKeyStore store;
    private final MasterKeys masterKeys;
    private final KeyCache cache;
    private final Clock clock;

    public PersonalDataKeys(PersonalDataKeyStore store, MasterKeys masterKeys, KeyCache cache, Clock clock) {
        this.store = store;
        this.masterKeys = masterKeys;
        this.cache = cache;
        this.clock = clock;
    }

    /** The key to encrypt the patient's personal data with; created on first use. */
    SecretKey forWriting(String subject) {
        Object cached = cache.get(subject);
        if (cached == KeyCache.DESTROYED) {
            throw new PersonalDataErasedException(subject);
        }
        if (cached != null) {
            return (SecretKey) cached;
        }
        SecretKey key = opened(subject, store.find(subject).orElseGet(() -> create(subject)));
        if (key == null) {
            throw new PersonalDataErasedException(subject);
        }
        return key;
    }

    /** The key to decrypt the patient's personal data with, or empty once it was destroyed. */
    Optional<SecretKey> forReading(String subject) {
        Object cached = cache.get(subject);
        if (cached == KeyCache.DESTROYED) {
            return Optional.empty();
        }
        if (cached != null) {
            return Optional.of((SecretKey) cached);
        }
        StoredKey stored = store.find(subject)
                .orElseThrow(() -> new PersonalDataUnreadableException("Patient " + subject
                        + " has encrypted personal data but no key: is the key table in the same database as the"
                        + " write side's? (docs/architecture.md)"));
        return Optional.ofNullable(opened(subject, stored));
    }

    /**
     * Reads the keys of these patients that are not cached yet, in one look-up, and caches them, so that decrypting a
     * batch of their events does not ask the store patient by patient. A hint only: a patient missing from the store
     * is left to {@link #forReading}, and nothing is done without a cache.
     */
    public void prefetch(Collection<String> subjects) {
        if (!cache.enabled()) {
            return;
        }
        List<String> missing =
                subjects.stream().distinct().filter(s -> cache.get(s) == null).toList();
        if (missing.isEmpty()) {
            return;
        }
        store.findAll(missing).forEach(this::opened);
    }

    /** Destroys the patient's key for good, in the caller's transaction. */
    public void destroy(String subject) {
        store.destroy(subject, clock.instant());
        changedInThisTransaction(subject);
    }

    private StoredKey create(String subject) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        StoredKey stored =
                store.createIfAbsent(subject, masterKeys.wrap(subject, new SecretKeySpec(raw, "AES")), clock.instant());
        changedInThisTransaction(subject);
        return stored;
    }

    /** The stored key unwrapped, or null once destroyed; remembered either way. */
    private SecretKey opened(String subject, StoredKey stored) {
        SecretKey key = stored.destroyed() ? null : masterKeys.unwrap(subject, stored.key());
        remember(subject, stored, key);
        return key;
    }

    private void remember(String subject, StoredKey stored, SecretKey key) {
        if (changedInOpenTransaction(subject)) {
            return;
        }
        if (stored.destroyed()) {
            cache.putDestroyed(subject);
        } else {
            cache.putKey(subject, key);
        }
    }

    private void changedInThisTransaction(String subject) {
        cache.evict(subject);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Set<String> changed = changedSubjects();
        if (changed == null) {
            Set<String> subjects = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, subjects);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PersonalDataKeys.this);
                    subjects.forEach(cache::evict);
                }
            });
            changed = subjects;
        }
        changed.add(subject);
    }

    private boolean changedInOpenTransaction(String subject) {
        Set<String> changed = changedSubjects();
        return changed != null && changed.contains(subject);
    }

    @SuppressWarnings("unchecked")
    private Set<String> changedSubjects() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Set<String>) TransactionSynchronizationManager.getResource(this)
                : null;
    }
}
