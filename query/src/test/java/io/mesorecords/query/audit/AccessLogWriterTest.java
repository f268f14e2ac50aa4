package io.mesorecords.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.platform.storage.SideSchema;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access log's writer on a database of its own: one writer thread appends the entries readers hand over, in
 * groups, and each reader learns the fate of its own entry only.
 */
class AccessLogWriterTest {

    private JdbcDataSource dataSource;
    private AccessLog accessLog;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:access-log-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        SideSchema.flyway(dataSource, "query").migrate();
        accessLog = new AccessLog(dataSource, Duration.ofMillis(300));
    }

    @AfterEach
    void stop() throws Exception {
        accessLog.destroy();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static AccessEntry read(String user) {
        return new AccessEntry(
                -1,
                UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                AccessAction.R,
                AccessEntry.Outcome.SUCCESS,
                200,
                user,
                "PRACTITIONER",
                "clinic-1",
                "TREATMENT",
                "127.0.0.1",
                UUID.randomUUID().toString(),
                "patient-history",
                "/patients/x/history",
                null,
                null,
                null);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Test
    void concurrentReadersEachGetTheirOwnCommittedEntryInOneIntactChain() throws Exception {
        int readers = 16;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Future<List<AccessEntry[]>>> answers = new ArrayList<>();
        try {
            for (int r = 0; r < readers; r++) {
                String user = "user-" + r;
                answers.add(pool.submit(() -> {
                    List<AccessEntry[]> pairs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        AccessEntry handed = read(user);
                        pairs.add(new AccessEntry[] {handed, accessLog.append(handed)});
                    }
                    return pairs;
                }));
            }
            Set<Long> positions = new HashSet<>();
            for (Future<List<AccessEntry[]>> answer : answers) {
                for (AccessEntry[] pair : answer.get(60, TimeUnit.SECONDS)) {
                    assertThat(pair[1].entryId()).isEqualTo(pair[0].entryId());
                    assertThat(pair[1].userId()).isEqualTo(pair[0].userId());
                    assertThat(pair[1].entryHash()).hasSize(64);
                    positions.add(pair[1].chainPosition());
                }
            }
            assertThat(positions).hasSize(readers * each);
            assertThat(positions).allMatch(p -> p >= 0 && p < readers * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new AccessLogVerifier(accessLog).verify().status()).isEqualTo(AccessLogChainReport.Status.INTACT);
        assertThat(accessLog.head().chainPosition()).isEqualTo(readers * each - 1);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM access_audit")
                        .query(Long.class)
                        .single())
                .isEqualTo(readers * each);
    }

    @Test
    void aGroupThatCannotBeWrittenRefusesItsReadsAndTheNextGroupIsWritten() throws Exception {
        accessLog.append(read("before"));
        jdbc().sql("ALTER TABLE access_audit RENAME TO access_audit_away").update();

        assertThatThrownBy(() -> accessLog.append(read("lost"))).isInstanceOf(RuntimeException.class);

        jdbc().sql("ALTER TABLE access_audit_away RENAME TO access_audit").update();
        AccessEntry after = accessLog.append(read("after"));
        assertThat(after.chainPosition()).isEqualTo(1);
        assertThat(jdbc().sql("SELECT user_id FROM access_audit ORDER BY chain_position")
                        .query(String.class)
                        .list())
                .containsExactly("before", "after");
        assertThat(new AccessLogVerifier(accessLog).verify().status()).isEqualTo(AccessLogChainReport.Status.INTACT);
    }

    @Test
    void anEntryTheWriterHasNotTakenInTimeIsWithdrawnAndNeverWritten() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection other = dataSource.getConnection()) {
            // Another node holds the head: the writer takes the first entry and waits for the lock.
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.executeQuery("SELECT chain_position FROM access_audit_head WHERE id = 1 FOR UPDATE");
            }
            Future<AccessEntry> taken = pool.submit(() -> accessLog.append(read("taken")));
            Thread.sleep(100);
            Future<AccessEntry> waiting = pool.submit(() -> accessLog.append(read("withdrawn")));

            assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("took no entry");
            // The taken entry's reader waits past the hand-over time for its transaction's outcome.
            Thread.sleep(400);
            assertThat(taken).isNotDone();
            other.commit();

            assertThat(taken.get(5, TimeUnit.SECONDS).userId()).isEqualTo("taken");
        } finally {
            pool.shutdownNow();
        }
        accessLog.append(read("next"));
        assertThat(jdbc().sql("SELECT user_id FROM access_audit ORDER BY chain_position")
                        .query(String.class)
                        .list())
                .containsExactly("taken", "next");
    }

    @Test
    void aClosedLogRefusesEveryRead() throws Exception {
        accessLog.destroy();
        assertThatThrownBy(() -> accessLog.append(read("late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
