package io.mesorecords.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
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
     * The server named by BENCH_POSTGRES_URL (default the local one), user BENCH_POSTGRES_USER (postgres). On PostgreSQL
     * the backend needs a master key for personal data: a random one per database, the same for every start on it.
     */
    record Postgres(String adminUrl, String user, String password, String database, String masterKey)
            implements Storage {

        static Postgres fresh() throws Exception {
            String adminUrl =
                    System.getenv().getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = System.getenv().getOrDefault("BENCH_POSTGRES_USER", "postgres");
            String password = System.getenv().getOrDefault("BENCH_POSTGRES_PASSWORD", "");
            String database = "mesorecords_bench_" + System.currentTimeMillis();
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement ddl = admin.createStatement()) {
                ddl.execute("CREATE DATABASE " + database);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Postgres fresh = new Postgres(
                    adminUrl, user, password, database, Base64.getEncoder().encodeToString(key));
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

        @Override
        public void close() throws Exception {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement ddl = admin.createStatement()) {
                ddl.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
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
