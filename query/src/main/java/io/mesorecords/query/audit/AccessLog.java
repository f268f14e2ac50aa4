package io.mesorecords.query.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Tables {@code access_audit} and {@code access_audit_head}. Entries are appended by one writer thread per node, in
 * groups (decision 22): a read hands its entry over and waits for that entry's own commit.
 */
@Component
class AccessLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    private static final String COLUMNS = "chain_position, entry_id, occurred_at, action, outcome, status, user_id,"
            + " role, clinic_id, purpose_of_use, client_address, patient_id, object_type, object_path, object_query,"
            + " correlation_id, entry_hash";

    /** The chain's last link; every writer locks this row (FOR UPDATE), across nodes. */
    private static final String HEAD = "SELECT chain_position, entry_hash FROM access_audit_head WHERE id = 1";

    /** How long a read waits for the writer to take its entry before it is refused (503) instead. */
    static final Duration HAND_OVER_WAIT = Duration.ofSeconds(10);

    /** Entries in one transaction at most. */
    static final int MAX_GROUP = 500;

    /** How long the writer keeps its connection while no entry waits, so a steady stream never queues for one. */
    private static final long KEEP_CONNECTION_MILLIS = 100;

    /** A statement of the writer that takes longer fails its group (the head row locked by a stuck node, say). */
    private static final int STATEMENT_TIMEOUT_SECONDS = 30;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Duration handOverWait;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    @Autowired
    AccessLog(DataSource dataSource) {
        this(dataSource, HAND_OVER_WAIT);
    }

    AccessLog(DataSource dataSource, Duration handOverWait) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.handOverWait = handOverWait;
        this.writer = new Thread(this::write, "access-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Appends an entry at the head of the chain and returns once it is committed. Locking the head row serialises
     * writers across nodes. Within a node one writer thread appends every entry waiting when it is free, in arrival
     * order, in one transaction (one head lock, one batched insert, one commit), on a connection it keeps while entries
     * keep coming. Readers wait on their own entry only: with readers taking turns at a lock instead, every reader of a
     * committed group still queued for the lock behind the next group's commit, and a node answered about 150 reads a
     * second (docs/benchmarks.md, round 5). A failed transaction fails every read in it, and an entry the writer has not
     * taken within {@link #HAND_OVER_WAIT} is withdrawn: either way the read is refused rather than answered unlogged.
     */
    AccessEntry append(AccessEntry unlinked) {
        if (closed) {
            throw new IllegalStateException("The access log is closed");
        }
        Pending pending = new Pending(unlinked);
        queue.add(pending);
        return pending.await(handOverWait);
    }

    private void write() {
        Connection connection = null;
        List<Pending> group = new ArrayList<>();
        try {
            while (!closed) {
                Pending first =
                        connection == null ? queue.take() : queue.poll(KEEP_CONNECTION_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    connection = release(connection);
                    continue;
                }
                group.clear();
                for (Pending next = first; next != null; next = group.size() < MAX_GROUP ? queue.poll() : null) {
                    if (next.claim()) {
                        group.add(next);
                    }
                }
                if (group.isEmpty()) {
                    continue;
                }
                try {
                    if (connection == null) {
                        connection = dataSource.getConnection();
                        connection.setAutoCommit(false);
                    }
                    List<AccessEntry> entries = appendAll(connection, group);
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).result.complete(entries.get(i));
                    }
                } catch (Throwable failure) {
                    connection = discard(connection);
                    RuntimeException refusal = failure instanceof RuntimeException runtime
                            ? runtime
                            : new DataAccessResourceFailureException("Access-log entries not written", failure);
                    group.forEach(pending -> pending.result.completeExceptionally(refusal));
                    if (failure instanceof VirtualMachineError fatal) {
                        throw fatal;
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            release(connection);
            IllegalStateException closing = new IllegalStateException("The access log is closed");
            for (Pending left = queue.poll(); left != null; left = queue.poll()) {
                left.result.completeExceptionally(closing);
            }
        }
    }

    private static List<AccessEntry> appendAll(Connection connection, List<Pending> group) throws SQLException {
        JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        sql.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
        Head head = sql.queryForObject(HEAD + " FOR UPDATE", AccessLog::headRow);
        long position = head.chainPosition();
        String previous = head.entryHash();
        List<AccessEntry> linked = new ArrayList<>(group.size());
        for (Pending pending : group) {
            position++;
            AccessEntry positioned = pending.unlinked.linked(position, null);
            AccessEntry entry = positioned.linked(position, AccessChain.link(previous, positioned));
            linked.add(entry);
            previous = entry.entryHash();
        }
        sql.batchUpdate(
                "INSERT INTO access_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                linked.stream()
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
        sql.update("UPDATE access_audit_head SET chain_position = ?, entry_hash = ? WHERE id = 1", position, previous);
        connection.commit();
        return linked;
    }

    /** Gives the connection back to the pool; null, for the writer's field. */
    private static Connection release(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("Could not return the access log's connection", e);
            }
        }
        return null;
    }

    /** After a failure: rolls back what the group wrote and gives the connection back (the pool tests it). */
    private static Connection discard(Connection connection) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException | RuntimeException e) {
                log.debug("Rollback after a failed access-log group failed too", e);
            }
        }
        return release(connection);
    }

    /** Stops the writer; entries still waiting are refused. */
    @Override
    public void destroy() throws InterruptedException {
        closed = true;
        writer.interrupt();
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** An entry handed to the writer. Either the writer claims it or its reader withdraws it, never both. */
    private static final class Pending {

        private static final int WAITING = 0;
        private static final int CLAIMED = 1;
        private static final int WITHDRAWN = 2;

        final AccessEntry unlinked;
        final AtomicInteger state = new AtomicInteger(WAITING);
        final CompletableFuture<AccessEntry> result = new CompletableFuture<>();

        Pending(AccessEntry unlinked) {
            this.unlinked = unlinked;
        }

        boolean claim() {
            return state.compareAndSet(WAITING, CLAIMED);
        }

        /** The committed entry; a failure or a withdrawal throws. */
        AccessEntry await(Duration handOverWait) {
            try {
                return result.get(handOverWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                if (state.compareAndSet(WAITING, WITHDRAWN)) {
                    throw new IllegalStateException("The access log took no entry within " + handOverWait);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                if (state.compareAndSet(WAITING, WITHDRAWN)) {
                    throw new IllegalStateException("Interrupted before the access log took the entry");
                }
            } catch (ExecutionException failed) {
                throw unwrapped(failed.getCause());
            }
            // The writer took it: its transaction's outcome is the read's, however long that takes.
            try {
                return result.join();
            } catch (CompletionException failed) {
                throw unwrapped(failed.getCause());
            }
        }

        private static RuntimeException unwrapped(Throwable cause) {
            return cause instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Access-log entry not written", cause);
        }
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
        return jdbc.sql(HEAD).query(AccessLog::headRow).single();
    }

    private static Head headRow(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2));
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
