package io.mesorecords.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tables {@code access_audit} and {@code access_audit_head}. */
@Component
class AccessLog {

    private static final String COLUMNS = "chain_position, entry_id, occurred_at, action, outcome, status, user_id,"
            + " role, clinic_id, purpose_of_use, client_address, patient_id, object_type, object_path, object_query,"
            + " correlation_id, entry_hash";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AccessLog(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Appends an entry at the head of the chain. Locking the head row serialises writers across nodes; the lock is held
     * for one insert and one update.
     */
    AccessEntry append(AccessEntry unlinked) {
        return transaction.execute(status -> {
            Map<String, Object> head = jdbc.sql(
                            "SELECT chain_position, entry_hash FROM access_audit_head WHERE id = 1 FOR UPDATE")
                    .query()
                    .singleRow();
            long position = ((Number) head.get("chain_position")).longValue() + 1;
            AccessEntry positioned = unlinked.linked(position, null);
            AccessEntry entry =
                    positioned.linked(position, AccessChain.link((String) head.get("entry_hash"), positioned));
            insert(entry);
            jdbc.sql("UPDATE access_audit_head SET chain_position = ?, entry_hash = ? WHERE id = 1")
                    .params(position, entry.entryHash())
                    .update();
            return entry;
        });
    }

    private void insert(AccessEntry e) {
        jdbc.sql("INSERT INTO access_audit (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.chainPosition(),
                        e.entryId().toString(),
                        OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
                        e.action().name(),
                        e.outcome().name(),
                        e.status(),
                        e.userId(),
                        e.role(),
                        e.clinicId(),
                        e.purposeOfUse(),
                        e.clientAddress(),
                        e.patientId(),
                        e.objectType(),
                        e.objectPath(),
                        e.objectQuery(),
                        e.correlationId(),
                        e.entryHash())
                .update();
    }

    /** Entries of these clinics matching every other given filter (nulls match all), oldest first, one page. */
    List<AccessEntry> find(
            Collection<String> clinics,
            String patientId,
            String userId,
            Instant from,
            Instant to,
            int offset,
            int limit) {
        if (clinics.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM access_audit WHERE clinic_id IN (");
        List<Object> params = new ArrayList<>(clinics);
        sql.append(String.join(", ", Collections.nCopies(clinics.size(), "?"))).append(")");
        if (patientId != null) {
            sql.append(" AND patient_id = ?");
            params.add(patientId);
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
            params.add(userId);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        sql.append(" ORDER BY chain_position OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(AccessLog::entry).list();
    }

    /** Entries from a chain position on, in chain order: verification reads the log in pages. */
    List<AccessEntry> chainFrom(long position, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_audit WHERE chain_position >= ?"
                        + " ORDER BY chain_position FETCH FIRST ? ROWS ONLY")
                .params(position, limit)
                .query(AccessLog::entry)
                .list();
    }

    record Head(long chainPosition, String entryHash) {}

    Head head() {
        return jdbc.sql("SELECT chain_position, entry_hash FROM access_audit_head WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private static AccessEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessEntry(
                rs.getLong("chain_position"),
                UUID.fromString(rs.getString("entry_id")),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                AccessAction.valueOf(rs.getString("action").strip()),
                AccessEntry.Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("status"),
                rs.getString("user_id"),
                rs.getString("role"),
                rs.getString("clinic_id"),
                rs.getString("purpose_of_use"),
                rs.getString("client_address"),
                rs.getString("patient_id"),
                rs.getString("object_type"),
                rs.getString("object_path"),
                rs.getString("object_query"),
                rs.getString("correlation_id"),
                rs.getString("entry_hash"));
    }
}
