package io.mesorecords.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ceiling the command figures are compared with: single-row insert commits per second into the same PostgreSQL,
 * at the same concurrency, with plain JDBC and nothing else in the way.
 */
final class JdbcCeiling {

    private JdbcCeiling() {}

    static LatencyReport measure(String url, String user, String password, int clients, Duration duration)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                connections.add(DriverManager.getConnection(url, user, password));
            }
            try (Statement ddl = connections.get(0).createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_ceiling");
                ddl.execute("CREATE TABLE bench_ceiling (id BIGSERIAL PRIMARY KEY, client INT, payload BYTEA)");
            }
            byte[] payload = new byte[600];
            List<PreparedStatement> inserts = new ArrayList<>();
            for (Connection connection : connections) {
                connection.setAutoCommit(true);
                inserts.add(connection.prepareStatement("INSERT INTO bench_ceiling (client, payload) VALUES (?, ?)"));
            }
            return LoadRunner.closedLoop("plain JDBC insert commits", clients, duration, (client, i) -> {
                PreparedStatement insert = inserts.get(client);
                insert.setInt(1, client);
                insert.setBytes(2, payload);
                return insert.executeUpdate() == 1;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
