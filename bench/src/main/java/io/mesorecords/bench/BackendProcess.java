package io.mesorecords.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The backend under test, started from its jar as a separate process on a loopback port, exactly as a user starts it.
 * Measures start-up time (process start to health UP) and reads its memory from /proc.
 */
final class BackendProcess implements AutoCloseable {

    /** Written by the app module's build beside the extracted jar (app/pom.xml). */
    static final String CLASS_DATA_ARCHIVE = "mesorecords.jsa";

    private final Process process;
    private final int port;
    private final Duration startup;
    private final Path gcLog;

    private BackendProcess(Process process, int port, Duration startup, Path gcLog) {
        this.process = process;
        this.port = port;
        this.startup = startup;
        this.gcLog = gcLog;
    }

    /** Starts the jar; {@code maxHeap} (e.g. "512m") or null for the JVM's default, as a user would start it. */
    static BackendProcess start(Path jar, int port, String maxHeap, Storage storage, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (maxHeap != null) {
            command.add("-Xmx" + maxHeap);
        }
        // JVM options for a before/after comparison, e.g. BENCH_BACKEND_JVM_ARGS="-XX:+UseParallelGC"; separated by
        // spaces, none containing one. Never the heap limit: the rebuild phase sets it, and its heap target is read
        // against it.
        String jvmOptions = System.getenv("BENCH_BACKEND_JVM_ARGS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            List<String> options = List.of(jvmOptions.trim().split("\\s+"));
            if (options.stream().anyMatch(option -> option.startsWith("-Xmx") || option.contains("MaxHeapSize"))) {
                throw new IllegalArgumentException("BENCH_BACKEND_JVM_ARGS must not set the heap limit: " + jvmOptions);
            }
            command.addAll(options);
        }
        // The README's start: the class-data-sharing archive the build recorded beside the extracted jar, when it is
        // there.
        Path archive = jar.toAbsolutePath().resolveSibling(CLASS_DATA_ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        // One line per collection beside the backend's log, for the phases' pause figures (GcPauses).
        Path gcLog = log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-gc.log");
        Files.deleteIfExists(gcLog);
        command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":timemillis");
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                // The benchmark reads heap figures from the metrics endpoint; the app exposes health and info only.
                "--management.endpoints.web.exposure.include=health,info,metrics"));
        command.addAll(storage.args());
        // Authenticated as production would be: JWTs of the benchmark's own issuer, on every storage.
        command.addAll(BenchIssuer.shared().backendArguments());
        // Extra settings for a before/after comparison, e.g.
        // BENCH_BACKEND_ARGS="--mesorecords.security.verified-tokens=0".
        String extra = System.getenv("BENCH_BACKEND_ARGS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(storage.env());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        long t0 = System.nanoTime();
        Process process = builder.start();
        // A benchmark stopped half-way (Ctrl-C, CI timeout) must not leave the backend running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("backend exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return new BackendProcess(process, port, Duration.ofNanos(System.nanoTime() - t0), gcLog);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("backend did not become healthy within 120 s; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Duration startup() {
        return startup;
    }

    long pid() {
        return process.pid();
    }

    /** The garbage-collection pauses the backend has logged so far. */
    List<GcPauses.Pause> gcPauses() throws IOException {
        return GcPauses.read(gcLog);
    }

    /** Resident set size now, in MiB. */
    double rssMiB() throws IOException {
        return statusKiB("VmRSS:") / 1024.0;
    }

    /** Peak resident set size since start, in MiB. */
    double peakRssMiB() throws IOException {
        return statusKiB("VmHWM:") / 1024.0;
    }

    private long statusKiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException(field + " not found for pid " + process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
