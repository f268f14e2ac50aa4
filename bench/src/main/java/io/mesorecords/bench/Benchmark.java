package io.mesorecords.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of issue 6. Arguments: profile ({@code smoke} or {@code full}), storage ({@code postgres}, {@code h2} or
 * {@code both}) and optionally a comma-separated list of phases (default all: ceiling, commands, lag, load, catchup,
 * rebuild, queries; start-up and idle memory are always measured). Prints a markdown table and writes the raw results as JSON
 * under {@code bench/target}. Exits with 1 when the harness breaks or more than 1% of operations fail; the targets
 * never change the exit code.
 */
public final class Benchmark {

    static final Set<String> PHASES = Set.of("ceiling", "commands", "lag", "load", "catchup", "rebuild", "queries");
    private static final double TOLERATED_ERROR_SHARE = 0.01;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.named(args.length > 0 ? args[0] : "smoke");
        String which = args.length > 1 ? args[1] : "both";
        Set<String> phases = args.length > 2 ? new LinkedHashSet<>(List.of(args[2].split(","))) : PHASES;
        if (!PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("phases are " + PHASES + ", not " + phases);
        }
        Path jar = Path.of(
                System.getenv().getOrDefault("BENCH_APP_JAR", "app/target/run/mesorecords-app-0.1.0-SNAPSHOT.jar"));
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUT", "bench/target"));
        Files.createDirectories(out);
        List<String> storages =
                switch (which) {
                    case "both" -> List.of("postgres", "h2");
                    case "postgres", "h2" -> List.of(which);
                    default -> throw new IllegalArgumentException("storage is postgres, h2 or both, not " + which);
                };

        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("profile", profile);
        raw.put("machine", machine());
        List<Measure> measures = new ArrayList<>();
        boolean failed = false;
        for (String name : storages) {
            try (Storage storage = name.equals("postgres") ? Storage.Postgres.fresh() : Storage.H2.fresh(out)) {
                StorageRun run = new StorageRun(profile, storage, phases, jar, out);
                try {
                    run.run();
                } catch (Exception e) {
                    failed = true;
                    System.err.println(name + ": the benchmark broke: " + e);
                    e.printStackTrace();
                    run.raw().put("broken", e.toString());
                }
                measures.addAll(run.measures());
                run.raw().put("errorShare", run.errorShare());
                raw.put(name, run.raw());
                if (run.errorShare() > TOLERATED_ERROR_SHARE) {
                    failed = true;
                    System.err.printf("%s: %.2f%% of operations failed%n", name, 100 * run.errorShare());
                }
            }
        }
        raw.put("measures", measures);
        Path json = out.resolve("results-" + profile.name() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.now())
                + ".json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), raw);

        System.out.println();
        System.out.println("## mesorecords benchmark, profile " + profile.name() + ", " + Instant.now());
        System.out.println();
        System.out.println(Measure.header());
        measures.forEach(m -> System.out.println(m.row()));
        System.out.println();
        System.out.println("raw results: " + json);
        System.exit(failed ? 1 : 0);
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put(
                "memoryMiB",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        / 1048576);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
        machine.put("startedAt", Instant.now().toString());
        return machine;
    }
}
