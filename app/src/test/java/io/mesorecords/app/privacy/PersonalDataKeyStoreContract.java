package io.mesorecords.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.platform.storage.SideSchema;
import io.mesorecords.privacy.JdbcPersonalDataKeyStore;
import io.mesorecords.privacy.PersonalDataKeyStore.StoredKey;
import io.mesorecords.privacy.WrappedKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC key store on the write side's real migration: one key per patient however many nodes create it at once, the
 * loser's transaction carrying on with the winner's key, and a destroyed key never coming back.
 */
abstract class PersonalDataKeyStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    private DataSource dataSource;
    private DataSourceTransactionManager transactions;
    private JdbcPersonalDataKeyStore store;
    private final ExecutorService nodes = Executors.newFixedThreadPool(4);

    abstract DataSource freshDatabase();

    @BeforeEach
    void migratedDatabase() {
        dataSource = freshDatabase();
        SideSchema.flyway(dataSource, "command").migrate();
        transactions = new DataSourceTransactionManager(dataSource);
        store = new JdbcPersonalDataKeyStore(dataSource, transactions);
    }

    @AfterEach
    void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    void aPatientsKeyIsCreatedOnce() {
        String patient = UUID.randomUUID().toString();

        StoredKey first = store.createIfAbsent(patient, wrapped(1), NOW);
        StoredKey second = store.createIfAbsent(patient, wrapped(2), NOW);

        assertThat(second.key().bytes())
                .isEqualTo(first.key().bytes())
                .isEqualTo(wrapped(1).bytes());
        assertThat(store.find(patient))
                .hasValueSatisfying(k -> assertThat(k.destroyed()).isFalse());
    }

    @Test
    void manyPatientsKeysAreFoundInOneLookUpLiveOrDestroyed() {
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 1_201; i++) { // more than one chunk of the look-up
            String patient = UUID.randomUUID().toString();
            store.createIfAbsent(patient, wrapped(i % 100), NOW);
            patients.add(patient);
        }
        String destroyed = patients.get(7);
        store.destroy(destroyed, NOW);
        String unknown = UUID.randomUUID().toString();
        List<String> asked = new ArrayList<>(patients);
        asked.add(unknown);
        asked.add(patients.get(0)); // twice

        Map<String, StoredKey> found = store.findAll(asked);

        assertThat(found).hasSize(patients.size()).doesNotContainKey(unknown);
        assertThat(found.get(destroyed).destroyed()).isTrue();
        assertThat(found.get(patients.get(1200)).key().bytes())
                .isEqualTo(wrapped(0).bytes());
        assertThat(found.get(patients.get(3)).key().bytes())
                .isEqualTo(store.find(patients.get(3)).orElseThrow().key().bytes());
    }

    @Test
    void nodesCreatingOnePatientsKeyAtOnceAllGetTheSameKey() throws Exception {
        String patient = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> created = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            byte mark = (byte) node;
            created.add(nodes.submit(() -> {
                start.await();
                // As an append does: in the command's transaction, which goes on (and reads) after losing the race,
                // and holds its uncommitted key for a moment so that the others collide with it.
                return new TransactionTemplate(transactions).execute(status -> {
                    StoredKey key =
                            store.find(patient).orElseGet(() -> store.createIfAbsent(patient, wrapped(mark), NOW));
                    sleep(200);
                    assertThat(store.find(patient)).isPresent();
                    return key.key().bytes();
                });
            }));
        }

        start.countDown();
        List<byte[]> keys = new ArrayList<>();
        for (Future<byte[]> future : created) {
            keys.add(future.get(30, TimeUnit.SECONDS));
        }

        assertThat(keys).allSatisfy(key -> assertThat(key).isEqualTo(keys.get(0)));
        assertThat(rows(patient)).isEqualTo(1);
    }

    @Test
    void aDestroyedKeyLeavesATombstoneAndIsNeverCreatedAgain() {
        String patient = UUID.randomUUID().toString();
        store.createIfAbsent(patient, wrapped(1), NOW);

        store.destroy(patient, NOW.plusSeconds(60));
        StoredKey again = store.createIfAbsent(patient, wrapped(2), NOW.plusSeconds(120));

        assertThat(again.destroyed()).isTrue();
        assertThat(again.key()).isNull();
        assertThat(store.find(patient)).hasValueSatisfying(k -> {
            assertThat(k.destroyed()).isTrue();
            assertThat(k.destroyedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT COUNT(*) FROM personal_data_key WHERE subject_id = ? AND wrapped_key IS NULL")
                        .param(patient)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void erasingAPatientWithoutAKeyLeavesATombstoneToo() {
        String patient = UUID.randomUUID().toString();

        store.destroy(patient, NOW);
        store.destroy(patient, NOW.plusSeconds(1));

        assertThat(store.createIfAbsent(patient, wrapped(1), NOW).destroyed()).isTrue();
        assertThat(rows(patient)).isEqualTo(1);
    }

    @Test
    void theStoreNamesTheMasterKeysItsKeysAreWrappedUnder() {
        store.createIfAbsent(UUID.randomUUID().toString(), wrapped(1), NOW);

        assertThat(store.masterKeyIds()).containsExactly("master-1");
    }

    private int rows(String patient) {
        return JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM personal_data_key WHERE subject_id = ?")
                .param(patient)
                .query(Integer.class)
                .single();
    }

    private static WrappedKey wrapped(int mark) {
        byte[] bytes = new byte[60];
        bytes[0] = (byte) mark;
        return new WrappedKey("master-1", bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
