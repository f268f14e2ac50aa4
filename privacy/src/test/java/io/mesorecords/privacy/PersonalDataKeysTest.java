package io.mesorecords.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cache of unwrapped keys never outlives what the database holds: a key created or destroyed in a transaction that
 * rolls back is not remembered, and a live key is read again once its time to live has passed (another node may have
 * destroyed it).
 */
class PersonalDataKeysTest {

    private final InMemoryKeyStore store = new InMemoryKeyStore();
    private final AtomicLong nanos = new AtomicLong();
    private final PersonalDataKeys keys = new PersonalDataKeys(
            store,
            new MasterKeys(MasterKey.random(), List.of()),
            new KeyCache(100, Duration.ofMinutes(5), nanos::get),
            Clock.systemUTC());

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aKeyCreatedInATransactionThatRolledBackIsNotRemembered() {
        SecretKey created = inTransactionThatRollsBack(() -> {
            SecretKey key = keys.forWriting("patient-1");
            store.keys.clear(); // what the rollback does to the row
            return key;
        });

        SecretKey next = keys.forWriting("patient-1");

        assertThat(next.getEncoded()).isNotEqualTo(created.getEncoded());
        assertThat(store.keys).containsKey("patient-1");
    }

    @Test
    void aKeyDestroyedInATransactionThatRolledBackStaysUsable() {
        SecretKey key = keys.forWriting("patient-2");
        PersonalDataKeyStore.StoredKey row = store.keys.get("patient-2");

        inTransactionThatRollsBack(() -> {
            keys.destroy("patient-2");
            assertThat(keys.forReading("patient-2")).isEmpty();
            store.keys.put("patient-2", row); // what the rollback does to the row
            return null;
        });

        assertThat(keys.forReading("patient-2"))
                .hasValueSatisfying(k -> assertThat(k.getEncoded()).isEqualTo(key.getEncoded()));
    }

    @Test
    void aCachedKeyIsReadAgainAfterItsTimeToLive() {
        keys.forWriting("patient-3");
        int finds = store.finds;
        keys.forReading("patient-3");
        assertThat(store.finds).isEqualTo(finds);

        store.destroy("patient-3", java.time.Instant.now()); // on another node
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());

        assertThat(keys.forReading("patient-3")).isEmpty();
    }

    @Test
    void prefetchedKeysAreReadInOneLookUpAndDecryptWithoutAskingTheStoreAgain() {
        SecretKey first = keys.forWriting("patient-4");
        SecretKey second = keys.forWriting("patient-5");
        keys.destroy("patient-6");
        nanos.addAndGet(Duration.ofMinutes(6).toNanos()); // every cached key expired
        store.finds = 0;

        keys.prefetch(List.of("patient-4", "patient-5", "patient-6", "patient-7", "patient-4"));

        assertThat(store.lookUps).isEqualTo(1);
        assertThat(keys.forReading("patient-4"))
                .hasValueSatisfying(key -> assertThat(key.getEncoded()).isEqualTo(first.getEncoded()));
        assertThat(keys.forReading("patient-5"))
                .hasValueSatisfying(key -> assertThat(key.getEncoded()).isEqualTo(second.getEncoded()));
        assertThat(keys.forReading("patient-6")).isEmpty();
        assertThat(store.finds).isZero();
        // Already cached: no look-up at all.
        keys.prefetch(List.of("patient-4", "patient-5"));
        assertThat(store.lookUps).isEqualTo(1);
    }

    @Test
    void withoutACacheNothingIsPrefetched() {
        PersonalDataKeys uncached = new PersonalDataKeys(
                store,
                new MasterKeys(MasterKey.random(), List.of()),
                new KeyCache(0, Duration.ofMinutes(5), nanos::get),
                Clock.systemUTC());

        uncached.prefetch(List.of("patient-8"));

        assertThat(store.lookUps).isZero();
    }

    private <T> T inTransactionThatRollsBack(java.util.function.Supplier<T> work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            T result = work.get();
            for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
            return result;
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
