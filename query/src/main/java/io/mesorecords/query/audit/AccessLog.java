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
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Tables {@code access_audit} and {@code access_audit_head}. */
@Component
class AccessLog {

    private static final String COLUMNS = "chain_position, entry_id, occurred_at, action, outcome, status, user_id,"
            + " role, clinic_id, purpose_of_use, client_address, patient_id, object_type, object_path, object_query,"
            + " correlation_id, entry_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Lock writer = new ReentrantLock();

    AccessLog(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        // A group holds other reads' entries: it commits on its own, whatever transaction its leader may be in.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends an entry at the head of the chain and returns once it is committed. Locking the head row serialises
     * writers across nodes. Within a node, reads that arrive while an append is being committed are appended together
     * by whichever of them next holds the writer lock, in arrival order, in one transaction (one head lock, one commit):
     * one commit per read made the log the limit of how many reads a node answers. A failed transaction fails every read
     * in it, so each is still refused rather than answered unlogged.
     */
    AccessEntry append(AccessEntry unlinked) {
        Pending pending = new Pending(unlinked);
        queue.add(pending);
        writer.lock();
        try {
            if (!pending.done) {
                List<Pending> group = new ArrayList<>();
                for (Pending next = queue.poll(); next != null; next = queue.poll()) {
                    group.add(next);
                }
                appendAll(group);
            }
        } finally {
            writer.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
        return pending.entry;
    }

    private void appendAll(List<Pending> group) {
        try {
            List<AccessEntry> entries = transaction.execute(status -> {
                Map<String, Object> head = jdbc.sql(
                                "SELECT chain_position, entry_hash FROM access_audit_head WHERE id = 1 FOR UPDATE")
                        .query()
                        .singleRow();
                long position = ((Number) head.get("chain_position")).longValue();
                String previous = (String) head.get("entry_hash");
                List<AccessEntry> linked = new ArrayList<>();
                for (Pending pending : group) {
                    position++;
                    AccessEntry positioned = pending.unlinked.linked(position, null);
                    AccessEntry entry = positioned.linked(position, AccessChain.link(previous, positioned));
                    linked.add(entry);
                    previous = entry.entryHash();
                }
                insert(linked);
                jdbc.sql("UPDATE access_audit_head SET chain_position = ?, entry_hash = ? WHERE id = 1")
                        .params(position, previous)
                        .update();
                return linked;
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).entry = entries.get(i);
                group.get(i).done = true;
            }
        } catch (RuntimeException failure) {
            group.forEach(pending -> {
                pending.failure = failure;
                pending.done = true;
            });
        }
    }

    /** An entry waiting to be appended; written and read under the writer lock only. */
    private static final class Pending {
        final AccessEntry unlinked;
        AccessEntry entry;
        RuntimeException failure;
        boolean done;

        Pending(AccessEntry unlinked) {
            this.unlinked = unlinked;
        }
    }

    private void insert(List<AccessEntry> entries) {
        batch.batchUpdate(
                "INSERT INTO access_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream()
                        .map(e -> new Object[] {
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
                            e.entryHash()
                        })
                        .toList());
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
