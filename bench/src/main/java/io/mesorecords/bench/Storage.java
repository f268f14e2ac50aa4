package io.mesorecords.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A fresh, empty database for one run, removed afterwards: a new PostgreSQL database or a new H2 directory. */
sealed interface Storage extends AutoCloseable {

    String name();

    /** Environment of the backend process. */
    Map<String, String> env();

    /** Command-line arguments of the backend process. */
    List<String> args();

    @Override
    void close() throws Exception;

    /**
     * The server named by BENCH_POSTGRES_URL (default the local one), user BENCH_POSTGRES_USER (postgres). A fresh
     * database per run: empty, or a copy of {@code BENCH_POSTGRES_TEMPLATE} (a data set an earlier run kept), so the
     * rebuild and query phases can be repeated without loading a million events each time. With {@code
     * BENCH_POSTGRES_KEEP}, the run's database is renamed to that name at the end instead of dropped. On PostgreSQL the
     * backend needs a master key for personal data: {@code BENCH_PRIVACY_MASTER_KEY} (required with a template: the
     * key the kept data set was written with), else a random one per database, the same for every start on it.
     */
    record Postgres(String adminUrl, String user, String password, String database, String masterKey, String keepAs)
            implements Storage {

        static Postgres fresh() throws Exception {
            String adminUrl =
                    System.getenv().getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = System.getenv().getOrDefault("BENCH_POSTGRES_USER", "postgres");
            String password = System.getenv().getOrDefault("BENCH_POSTGRES_PASSWORD", "");
            String database = "mesorecords_bench_" + System.currentTimeMillis();
            String template = System.getenv("BENCH_POSTGRES_TEMPLATE");
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement ddl = admin.createStatement()) {
                ddl.execute("CREATE DATABASE " + database
                        + (template == null ? "" : " TEMPLATE " + template + copyStrategy(admin)));
            }
            String masterKey = System.getenv("BENCH_PRIVACY_MASTER_KEY");
            if (masterKey == null) {
                if (template != null) {
                    throw new IllegalStateException("BENCH_POSTGRES_TEMPLATE needs BENCH_PRIVACY_MASTER_KEY: the master"
                            + " key the kept data set was written with");
                }
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                masterKey = Base64.getEncoder().encodeToString(key);
            }
            Postgres fresh =
                    new Postgres(adminUrl, user, password, database, masterKey, System.getenv("BENCH_POSTGRES_KEEP"));
            // Also when the benchmark is stopped half-way; dropping twice is harmless.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    fresh.close();
                } catch (Exception e) {
                    System.err.println("could not drop " + database + ": " + e);
                }
            }));
            return fresh;
        }

        /**
         * From PostgreSQL 15 a copy is written page by page into the write-ahead log by default ({@code WAL_LOG}): a
         * copy of the benchmark's data set put 2-3 GB into the log right before the phase it was made for, whose
         * checkpoints then ran during that phase (docs/benchmarks.md, rounds 13 and 14). {@code FILE_COPY} copies the
         * files between two checkpoints instead, as PostgreSQL did before 15; the copy is of a database no one
         * writes to. Older servers know only that, and not the option.
         */
        private static String copyStrategy(Connection admin) throws SQLException {
            return admin.getMetaData().getDatabaseMajorVersion() >= 15 ? " STRATEGY FILE_COPY" : "";
        }

        String url() {
            return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        }

        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public Map<String, String> env() {
            return Map.of(
                    "SPRING_DATASOURCE_URL", url(),
                    "SPRING_DATASOURCE_USERNAME", user,
                    "SPRING_DATASOURCE_PASSWORD", password,
                    "MESORECORDS_PRIVACY_MASTER_KEY", masterKey);
        }

        @Override
        public List<String> args() {
            return List.of();
        }

        /** Ids of the patients already in the store (a copied data set), at most {@code limit}. */
        List<java.util.UUID> patientIds(int limit) throws Exception {
            List<java.util.UUID> ids = new java.util.ArrayList<>();
            try (Connection connection = DriverManager.getConnection(url(), user, password);
                    Statement query = connection.createStatement();
                    java.sql.ResultSet rows = query.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry"
                            + " WHERE sequenceNumber = 0 AND payloadType LIKE '%PatientRegistered' LIMIT " + limit)) {
                while (rows.next()) {
                    ids.add(java.util.UUID.fromString(rows.getString(1)));
                }
            }
            return ids;
        }

        /**
         * Empties every projection's read model and sets each of their tokens back to the start of the store, not to a
         * replay: the next backend projects the whole store through the live path, as a query node does that starts
         * on an empty read-side database or has fallen far behind (the {@code catchup} phase). The read models are the
         * tables the projections' reset handlers empty: the patient history and the {@code schedule_}, {@code lot_},
         * {@code maintenance_} and {@code outcome_} tables.
         */
        void emptyReadModels() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url(), user, password);
                    Statement sql = connection.createStatement()) {
                List<String> tables = new java.util.ArrayList<>();
                try (java.sql.ResultSet found = sql.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                        + " AND (table_name = 'patient_history' OR table_name LIKE 'schedule\\_%'"
                        + " OR table_name LIKE 'lot\\_%' OR table_name LIKE 'maintenance\\_%'"
                        + " OR table_name LIKE 'outcome\\_%') ORDER BY table_name")) {
                    while (found.next()) {
                        tables.add(found.getString(1));
                    }
                }
                if (!tables.contains("patient_history") || !tables.contains("outcome_course")) {
                    throw new IllegalStateException("no read models to empty in " + database + ": " + tables);
                }
                sql.execute("TRUNCATE " + String.join(", ", tables));
                int tokens = sql.executeUpdate("UPDATE TokenEntry SET token = NULL, tokenType = NULL, owner = NULL");
                System.out.println("emptied " + tables.size() + " read-model tables and set " + tokens
                        + " tokens to the start of the store");
            }
        }

        @Override
        public void close() throws Exception {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement ddl = admin.createStatement()) {
                boolean exists;
                try (java.sql.ResultSet found =
                        ddl.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    exists = found.next();
                }
                if (keepAs != null && exists) {
                    ddl.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                            + "'");
                    ddl.execute("DROP DATABASE IF EXISTS " + keepAs + " WITH (FORCE)");
                    ddl.execute("ALTER DATABASE " + database + " RENAME TO " + keepAs);
                    System.out.println(
                            "kept the data set as database " + keepAs + "; reuse it with BENCH_POSTGRES_TEMPLATE="
                                    + keepAs + " BENCH_PRIVACY_MASTER_KEY=" + masterKey);
                } else {
                    ddl.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        }
    }

    /** The embedded default: the app's own H2 file database, in a directory of its own. */
    record H2(Path directory) implements Storage {

        static H2 fresh(Path parent) throws IOException {
            Files.createDirectories(parent);
            return new H2(Files.createTempDirectory(parent, "h2-"));
        }

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public Map<String, String> env() {
            return Map.of();
        }

        @Override
        public List<String> args() {
            return List.of("--mesorecords.data-dir=" + directory.toAbsolutePath());
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
