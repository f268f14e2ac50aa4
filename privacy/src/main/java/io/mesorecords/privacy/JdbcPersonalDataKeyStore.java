package io.mesorecords.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys in table {@code personal_data_key} (write side, migration {@code V4__personal_data_key.sql}), read by both
 * sides. Statements join the caller's transaction: a key created while an event is appended commits with it, and a key
 * destroyed by an erasure commits with the erasure event.
 */
public class JdbcPersonalDataKeyStore implements PersonalDataKeyStore {

    /** Patients per lookup of {@link #findAll}: well inside every driver's limit on bind parameters. */
    private static final int LOOKUP_CHUNK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    public JdbcPersonalDataKeyStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        // A nested transaction is a savepoint inside the caller's: a lost insert race rolls back to it, and the
        // caller's
        // transaction (on PostgreSQL aborted by any failed statement) carries on and reads the winner's row.
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Optional<StoredKey> find(String subject) {
        return jdbc.sql("SELECT master_key_id, wrapped_key, destroyed_at FROM personal_data_key WHERE subject_id = ?")
                .param(subject)
                .query((rs, row) -> storedKey(rs, 1))
                .optional();
    }

    /** The key in the row's columns master_key_id, wrapped_key and destroyed_at, starting at {@code column}. */
    private static StoredKey storedKey(ResultSet rs, int column) throws SQLException {
        Timestamp destroyedAt = rs.getTimestamp(column + 2);
        return destroyedAt != null
                ? new StoredKey(null, destroyedAt.toInstant())
                : new StoredKey(new WrappedKey(rs.getString(column), rs.getBytes(column + 1)), null);
    }

    @Override
    public Map<String, StoredKey> findAll(Collection<String> subjects) {
        Map<String, StoredKey> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(subjects));
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            jdbc.sql("SELECT subject_id, master_key_id, wrapped_key, destroyed_at FROM personal_data_key"
                            + " WHERE subject_id IN (:subjects)")
                    .param("subjects", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
                    .query((RowCallbackHandler) rs -> found.put(rs.getString(1), storedKey(rs, 2)));
        }
        return found;
    }

    @Override
    public StoredKey createIfAbsent(String subject, WrappedKey key, Instant at) {
        boolean inserted = insert(
                "INSERT INTO personal_data_key (subject_id, master_key_id, wrapped_key, created_at) VALUES (?, ?, ?, ?)",
                subject,
                key.masterKeyId(),
                key.bytes(),
                Timestamp.from(at));
        return inserted ? new StoredKey(key, null) : find(subject).orElseThrow();
    }

    @Override
    public void destroy(String subject, Instant at) {
        int destroyed = jdbc.sql(
                        """
                        UPDATE personal_data_key SET master_key_id = NULL, wrapped_key = NULL, destroyed_at = ?
                        WHERE subject_id = ? AND destroyed_at IS NULL""")
                .params(Timestamp.from(at), subject)
                .update();
        if (destroyed == 0 && find(subject).isEmpty()) {
            // No key yet (events recorded before encryption, or none identifying): a tombstone keeps one from
            // appearing.
            boolean tombstone = insert(
                    "INSERT INTO personal_data_key (subject_id, created_at, destroyed_at) VALUES (?, ?, ?)",
                    subject,
                    Timestamp.from(at),
                    Timestamp.from(at));
            if (!tombstone) {
                destroy(subject, at);
            }
        }
    }

    @Override
    public Set<String> masterKeyIds() {
        return new HashSet<>(
                jdbc.sql("SELECT DISTINCT master_key_id FROM personal_data_key WHERE master_key_id IS NOT NULL")
                        .query(String.class)
                        .list());
    }

    private boolean insert(String sql, Object... params) {
        try {
            savepoint.executeWithoutResult(
                    status -> jdbc.sql(sql).params(params).update());
            return true;
        } catch (DuplicateKeyException lostRace) {
            return false;
        }
    }
}
