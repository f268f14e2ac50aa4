package io.mesorecords.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every phase against one fresh database, in order; the measures go to the table, everything else to the JSON. */
final class StorageRun {

    // Patient numbers of each phase, far apart so that no two phases share a patient.
    private static final long MIX = 0;
    private static final long LOAD = 10_000_000;
    private static final long LAG = 20_000_000;
    private static final long BACKGROUND = 30_000_000;
    private static final long WARM_UP = 40_000_000;
    private static final long QUERY_WARM_UP = 50_000_000;
    private static final long LAG_WARM_UP = 60_000_000;

    /**
     * Patient numbers each warm-up round takes from its range, at least: a command round's pool is 2,000 patients, a
     * query round's background commands use {@link ProjectionLag#patients} (1,000 at the default rate); 30 rounds stay
     * far inside the 10,000,000 between ranges.
     */
    private static final long ROUND_NUMBERS = 10_000;

    private static final int EVENTS_PER_LOADED_PATIENT = 13;

    private final Profile profile;
    private final Storage storage;
    private final Set<String> phases;
    private final Path jar;
    private final Path out;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, Object> raw = new LinkedHashMap<>();
    private long errors;
    private long operations;

    StorageRun(Profile profile, Storage storage, Set<String> phases, Path jar, Path out) {
        this.profile = profile;
        this.storage = storage;
        this.phases = phases;
        this.jar = jar;
        this.out = out;
    }

    List<Measure> measures() {
        return measures;
    }

    Map<String, Object> raw() {
        return raw;
    }

    /** Errors over operations, across every phase. */
    double errorShare() {
        return operations == 0 ? 0 : (double) errors / operations;
    }

    void run() throws Exception {
        Patient.REGISTERED.reset();
        Patient.COURSES.reset();
        String db = storage.name();
        boolean judged = profile.hasTargets();
        DataLoader loader;
        try (BackendProcess backend = start(null)) {
            Api api = new Api(backend.baseUrl());
            raw.put("startupSeconds", backend.startup().toMillis() / 1000.0);
            // The start-up target is the embedded default's.
            measures.add(Measure.atMost(
                    db,
                    "start-up to health UP",
                    backend.startup().toMillis() / 1000.0,
                    "s",
                    10,
                    judged && storage instanceof Storage.H2));
            Thread.sleep(profile.idleSettle().toMillis());
            measures.add(Measure.of(db, "idle RSS", backend.rssMiB(), "MiB"));
            measures.add(Measure.of(db, "idle heap used", Rebuild.heapMiB(api), "MiB"));
            measures.add(Measure.of(
                    db, "idle heap committed", api.metric("jvm.memory.committed", "area:heap") / 1048576, "MiB"));

            LatencyReport ceiling = null;
            if (storage instanceof Storage.Postgres postgres && phases.contains("ceiling")) {
                ceiling = JdbcCeiling.measure(
                        postgres.url(), postgres.user(), postgres.password(), profile.clients(), profile.ceiling());
                record("ceiling", ceiling);
                measures.add(Measure.of(db, "plain JDBC insert commits (ceiling)", ceiling.perSecond(), "/s"));
            }
            if (phases.contains("commands")) {
                commands(api, backend, ceiling);
            }
            if (phases.contains("lag")) {
                if (judged) {
                    lagWarmUp(api, backend);
                }
                CpuUse.Sample before = CpuUse.sample(backend.pid());
                ProjectionLag.Result lag = ProjectionLag.run(api, profile.lagRate(), profile.lag(), LAG, today);
                // Per command, its read-back included.
                cpu("lag", before, backend, lag.commands().operations());
                record("lag.commands", lag.commands());
                record("lag.visible", lag.lag());
                raw.put("lag.mix", lag.composition());
                measures.add(Measure.of(
                        db,
                        "lag p50 at " + profile.lagRate() + " cmd/s",
                        lag.lag().p50(),
                        "ms"));
                measures.add(Measure.atMost(
                        db,
                        "lag p99 at " + profile.lagRate() + " cmd/s",
                        lag.lag().p99(),
                        "ms",
                        250,
                        judged));
            }
            loader = phases.contains("load") ? load(api) : null;
        }
        List<java.util.UUID> patientIds;
        if (loader != null) {
            patientIds = loader.patientIds();
        } else if (storage instanceof Storage.Postgres postgres
                && System.getenv("BENCH_POSTGRES_TEMPLATE") != null
                && (phases.contains("catchup") || phases.contains("rebuild") || phases.contains("queries"))) {
            // A copy of a data set loaded by an earlier run (BENCH_POSTGRES_KEEP).
            patientIds = postgres.patientIds(200_000);
            measures.add(Measure.of(db, "data set: patients (copied)", patientIds.size(), ""));
        } else {
            return;
        }
        boolean catchUpMeasured = false;
        if (storage instanceof Storage.Postgres postgres && phases.contains("catchup")) {
            postgres.emptyReadModels();
            catchUpMeasured = true;
        }
        // The rebuild's heap is measured in a backend limited to 512 MB, as the target says.
        try (BackendProcess backend = start("512m")) {
            Api api = new Api(backend.baseUrl());
            if (catchUpMeasured) {
                catchUp(api, backend);
            }
            if (phases.contains("rebuild")) {
                Rebuild.CatchUp catchUp =
                        Rebuild.catchUp(api, Duration.ofMinutes(30), "projections not at the head before the rebuild");
                raw.put("rebuild.catchUp", catchUp);
                CpuUse.Sample before = CpuUse.sample(backend.pid());
                Rebuild.Result rebuild = Rebuild.run(api, backend, Duration.ofMinutes(30));
                cpu("rebuild", before, backend, rebuild.events());
                raw.put("rebuild", rebuild);
                measures.add(Measure.of(db, "rebuild: projections caught up first (untimed)", catchUp.seconds(), "s"));
                measures.add(Measure.of(db, "rebuild: events in store", rebuild.events(), ""));
                measures.add(Measure.of(
                        db, "rebuild: time (" + rebuild.projections() + " projections)", rebuild.seconds(), "s"));
                measures.add(Measure.atLeast(db, "rebuild: events/s", rebuild.eventsPerSecond(), "/s", 50_000, judged));
                measures.add(Measure.atMost(db, "rebuild: peak heap", rebuild.peakHeapMiB(), "MiB", 512, judged));
                measures.add(Measure.of(db, "rebuild: peak RSS", rebuild.peakRssMiB(), "MiB"));
            }
            if (phases.contains("queries")) {
                queries(api, backend, patientIds);
            }
        }
    }

    /**
     * The live path over the whole store: every projection starts from an empty read model at the start of the store
     * ({@link Storage.Postgres#emptyReadModels}), not in a replay, so each batch reads, folds and writes the documents
     * and rows its events touch, as when a node is far behind. Measured from the backend's first look at its
     * projections (they start with the backend) until all are at the head.
     */
    private void catchUp(Api api, BackendProcess backend) throws Exception {
        String db = storage.name();
        CpuUse.Sample before = CpuUse.sample(backend.pid());
        Rebuild.CatchUp catchUp =
                Rebuild.catchUp(api, Duration.ofMinutes(60), "projections not at the head after the catch-up");
        cpu("catchup", before, backend, catchUp.events());
        raw.put("catchup", catchUp);
        raw.put("catchup.peakRssMiB", backend.peakRssMiB());
        measures.add(Measure.of(db, "catch-up from empty read models: events", catchUp.events(), ""));
        measures.add(Measure.of(db, "catch-up from empty read models: time", catchUp.seconds(), "s"));
        measures.add(Measure.of(db, "catch-up from empty read models: events/s", catchUp.eventsPerSecond(), "/s"));
    }

    private void commands(Api api, BackendProcess backend, LatencyReport ceiling) throws Exception {
        String db = storage.name();
        boolean judged = profile.hasTargets();
        if (profile.hasTargets()) {
            // JIT warm-up on patients of their own, not measured.
            warmUp(
                    "commands",
                    backend,
                    warmUp(),
                    (round, duration) -> CommandMix.run(
                            "warm-up", api, warmUpClients(), 2_000, WARM_UP + round * ROUND_NUMBERS, duration, today));
        }
        CpuUse.Sample before = CpuUse.sample(backend.pid());
        CommandMix.Result result = CommandMix.run(
                "commands, " + profile.clients() + " clients",
                api,
                profile.clients(),
                profile.mixPatients(),
                MIX,
                profile.commands(),
                today);
        LatencyReport mix = result.report();
        Map<String, Object> cpu = cpu("commands", before, backend, mix.operations());
        record("commands", mix);
        raw.put("commands.mix", result.composition());
        raw.put("commands.bySteps", result.bySteps());
        measures.add(Measure.atLeast(
                db,
                "commands/s (32 clients)".replace("32", "" + profile.clients()),
                mix.perSecond(),
                "/s",
                3_000,
                judged));
        measures.add(Measure.of(db, "commands p50", mix.p50(), "ms"));
        measures.add(Measure.of(db, "commands p95", mix.p95(), "ms"));
        measures.add(Measure.atMost(db, "commands p99", mix.p99(), "ms", 30, judged));
        measures.add(Measure.of(db, "commands max", mix.max(), "ms"));
        measures.add(Measure.of(db, "commands errors", mix.errors(), "of " + mix.operations()));
        if (cpu.get("backendCpuMsPerOperation") instanceof Double perCommand) {
            measures.add(Measure.of(db, "commands: backend CPU per command", perCommand, "ms"));
        }
        if (cpu.get("stealShare") instanceof Double steal) {
            measures.add(Measure.of(db, "commands: CPU stolen by the hypervisor", 100 * steal, "%"));
        }
        if (ceiling != null) {
            measures.add(Measure.atLeast(
                    db, "commands / JDBC ceiling", mix.perSecond() / ceiling.perSecond(), "", 0.2, judged));
        }
    }

    /**
     * Unmeasured commands with their read-backs, as the lag phase sends them, on patients of their own, until the JIT
     * compilers have settled ({@link JitWarmUp}). The command phase's warm-up leaves the read-back path (the history
     * query, its access audit, the read-your-writes wait) cold: in round 21 the compilers still took 0.18 of a core
     * during the measured lag window, against 0.06 in the command phase's.
     */
    private void lagWarmUp(Api api, BackendProcess backend) throws Exception {
        int rate = Math.max(1, profile.lagRate() * lagWarmUpPercent() / 100);
        raw.put("lag.warmUpRate", rate);
        warmUp(
                "lag",
                backend,
                lagWarmUp(),
                (round, duration) -> ProjectionLag.run(
                        api,
                        rate,
                        duration,
                        LAG_WARM_UP + round * Math.max(ROUND_NUMBERS, ProjectionLag.patients(rate)),
                        today));
    }

    /**
     * Unmeasured load before a phase until the JIT compilers have settled ({@link JitWarmUp}), at least {@code least}
     * and at most {@link #warmUpLimit()}; what it did goes to the raw JSON as {@code <phase>.warmUp}, and its failures
     * are dropped: they are not the phase's.
     */
    private void warmUp(String phase, BackendProcess backend, Duration least, JitWarmUp.Load load) throws Exception {
        raw.put(
                phase + ".warmUp",
                JitWarmUp.run(backend.pid(), least, warmUpLimit(), load).raw());
        Failures.drain();
    }

    /**
     * The lag phase's warm-up offers this percentage of the phase's rate: BENCH_LAG_WARM_UP_PERCENT, else 50, so that
     * the compilers get a core's share (the query warm-up's reason, round 12).
     */
    private int lagWarmUpPercent() {
        return (int) Profile.setting("BENCH_LAG_WARM_UP_PERCENT", 50);
    }

    /** The least unmeasured load before the lag phase: BENCH_LAG_WARM_UP_SECONDS, else 20 s ({@link JitWarmUp}). */
    private static Duration lagWarmUp() {
        return Duration.ofSeconds(Profile.setting("BENCH_LAG_WARM_UP_SECONDS", 20));
    }

    /**
     * Clients of the command phase's warm-up: BENCH_WARM_UP_CLIENTS, else 4 (or the phase's own, if fewer). The phase's
     * 32 closed-loop clients keep both cores busy, and the backend's one C2 compiler thread then got 0.10-0.26 of a
     * core: three minutes in, its queue still held 207 methods (jcmd Compiler.queue) and the warm-up never settled.
     * With 4 clients the compilers got 0.36-0.52 of a core and settled in under three minutes (round 11).
     */
    private int warmUpClients() {
        return (int) Profile.setting("BENCH_WARM_UP_CLIENTS", Math.min(4, profile.clients()));
    }

    /**
     * The query phase's warm-up offers this percentage of the phase's rates: BENCH_QUERIES_WARM_UP_PERCENT, else 50. On
     * round 12's machine the full rates kept both cores busy (idle 0.2%), the compilers at 0.11-0.20 of a core for all
     * of the 5 minutes, and the warm-up never settled: the command warm-up's starved compiler again (round 11).
     */
    private int queriesWarmUpPercent() {
        return (int) Profile.setting("BENCH_QUERIES_WARM_UP_PERCENT", 50);
    }

    /**
     * The least unmeasured command time before the command phase: BENCH_WARM_UP_SECONDS, else 30 s; it goes on until the
     * JIT compilers have settled ({@link JitWarmUp}). With 10 s the compilers still took a tenth of the CPU during the
     * measured minute (docs/benchmarks.md, round 4); with 30 s, on round 11's machine, the phase answered two thirds of
     * what it answered after 150 s.
     */
    private static Duration warmUp() {
        return Duration.ofSeconds(Profile.setting("BENCH_WARM_UP_SECONDS", 30));
    }

    /**
     * The longest unmeasured load before a phase while the JIT compilers have not settled ({@link JitWarmUp}):
     * BENCH_WARM_UP_LIMIT_SECONDS, else 5 minutes; the warm-up ends with the first round that ends past it. Setting it
     * to the least warm-up (or below) gives a fixed warm-up, as before round 11.
     */
    private static Duration warmUpLimit() {
        return Duration.ofSeconds(Profile.setting("BENCH_WARM_UP_LIMIT_SECONDS", 300));
    }

    /**
     * The least unmeasured query load before the query phase, on a backend that has only just started (or only
     * rebuilt): BENCH_QUERIES_WARM_UP_SECONDS, else 20 s; it goes on until the JIT compilers have settled
     * ({@link JitWarmUp}). In round 5 the compilers took a sixth of the backend's CPU during the measured window without
     * a warm-up, and in round 11 a quarter after 20 s of it.
     */
    private static Duration queriesWarmUp() {
        return Duration.ofSeconds(Profile.setting("BENCH_QUERIES_WARM_UP_SECONDS", 20));
    }

    private DataLoader load(Api api) throws Exception {
        DataLoader loader = new DataLoader(api, today);
        // Enough patients for the target count, and two courses each for twice as many courses.
        long wanted = Math.max(
                profile.loadPatients() - Patient.REGISTERED.sum(),
                (2 * profile.loadPatients() - Patient.COURSES.sum() + 1) / 2);
        // Patients each loader client advances in turn (DataLoader#load); 1 unless BENCH_LOAD_INTERLEAVE says
        // otherwise.
        String interleaveSetting = System.getenv("BENCH_LOAD_INTERLEAVE");
        int interleave = interleaveSetting == null ? 1 : Math.max(1, Integer.parseInt(interleaveSetting));
        raw.put("load.interleave", interleave);
        List<DataLoader.Result> rounds = new ArrayList<>();
        rounds.add(loader.load(LOAD, wanted, profile.loadClients(), interleave, Duration.ofMinutes(40)));
        long events = Rebuild.head(api) + 1;
        if (events < profile.loadEvents()) {
            long more = (profile.loadEvents() - events) / EVENTS_PER_LOADED_PATIENT + 1;
            rounds.add(loader.load(LOAD + wanted, more, profile.loadClients(), interleave, Duration.ofMinutes(20)));
            events = Rebuild.head(api) + 1;
        }
        raw.put("load", rounds);
        raw.put("load.failures", Failures.drain());
        // The last commands are answered before their events are projected: a data set is kept, and the next phase
        // starts, only once every projection has reached the head. How fast they got there is the live path's rate on
        // the loader's interleaving.
        Rebuild.CatchUp catchUp =
                Rebuild.catchUp(api, Duration.ofMinutes(60), "projections not at the head after the load");
        raw.put("load.catchUp", catchUp);
        long commands = rounds.stream().mapToLong(DataLoader.Result::commands).sum();
        long loadErrors = rounds.stream().mapToLong(DataLoader.Result::errors).sum();
        double seconds = rounds.stream().mapToDouble(DataLoader.Result::seconds).sum();
        operations += commands;
        errors += loadErrors;
        String db = storage.name();
        measures.add(
                Measure.of(db, "load: commands/s (" + profile.loadClients() + " clients)", commands / seconds, "/s"));
        measures.add(Measure.of(db, "load: projections caught up after it (untimed)", catchUp.seconds(), "s"));
        measures.add(Measure.of(
                db, "load: live events projected per second while catching up", catchUp.eventsPerSecond(), "/s"));
        measures.add(Measure.of(db, "data set: patients", Patient.REGISTERED.sum(), ""));
        measures.add(Measure.of(db, "data set: courses", Patient.COURSES.sum(), ""));
        measures.add(Measure.of(db, "data set: events", events, ""));
        return loader;
    }

    private void queries(Api api, BackendProcess backend, List<java.util.UUID> patientIds) throws Exception {
        String db = storage.name();
        boolean judged = profile.hasTargets();
        if (judged) {
            warmUp(
                    "queries",
                    backend,
                    queriesWarmUp(),
                    (round, duration) -> QueryLoad.run(
                            api,
                            profile.withQueryRatesTimes(queriesWarmUpPercent() / 100.0),
                            patientIds,
                            QUERY_WARM_UP
                                    + round * Math.max(ROUND_NUMBERS, ProjectionLag.patients(profile.backgroundRate())),
                            today,
                            duration));
        }
        CpuUse.Sample before = CpuUse.sample(backend.pid());
        QueryLoad.Result queries = QueryLoad.run(api, profile, patientIds, BACKGROUND, today, profile.queries());
        // Per request of any kind: history reads, reports, and background commands with their read-backs.
        cpu(
                "queries",
                before,
                backend,
                queries.history().operations()
                        + queries.report().operations()
                        + 2 * queries.background().operations());
        record("queries.history", queries.history());
        record("queries.report", queries.report());
        record("queries.background", queries.background());
        measures.add(Measure.of(
                db,
                "history p50 at " + profile.historyRate() + "/s",
                queries.history().p50(),
                "ms"));
        measures.add(Measure.atMost(
                db,
                "history p99 at " + profile.historyRate() + "/s",
                queries.history().p99(),
                "ms",
                5,
                judged));
        measures.add(Measure.of(
                db,
                "report p50 at " + profile.reportRate() + "/s",
                queries.report().p50(),
                "ms"));
        measures.add(Measure.atMost(
                db,
                "report p99 at " + profile.reportRate() + "/s",
                queries.report().p99(),
                "ms",
                100,
                judged));
    }

    /**
     * The CPU use of a phase since {@code before}, into the raw results as {@code <phase>.cpu}, and the backend's
     * garbage-collection pauses in the same window as {@code <phase>.gc}.
     */
    private Map<String, Object> cpu(String phase, CpuUse.Sample before, BackendProcess backend, long operations)
            throws IOException {
        CpuUse.Sample after = CpuUse.sample(backend.pid());
        Map<String, Object> use = CpuUse.between(before, after, operations);
        raw.put(phase + ".cpu", use);
        long endMillis = System.currentTimeMillis() - (System.nanoTime() - after.nanos()) / 1_000_000;
        long startMillis = endMillis - (after.nanos() - before.nanos()) / 1_000_000;
        Map<String, Object> gc = GcPauses.between(backend.gcPauses(), startMillis, endMillis);
        raw.put(phase + ".gc", gc);
        measures.add(Measure.of(
                storage.name(),
                phase + ": GC pauses, longest (of " + gc.get("pauses") + ")",
                (double) gc.get("maxMs"),
                "ms"));
        return use;
    }

    private void record(String phase, LatencyReport report) {
        raw.put(phase, report);
        raw.put(phase + ".failures", Failures.drain());
        operations += report.operations();
        errors += report.errors();
        System.out.println(storage.name() + " " + report.row());
    }

    private BackendProcess start(String maxHeap) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = out.resolve("backend-" + storage.name() + (maxHeap == null ? "" : "-" + maxHeap) + ".log");
        return BackendProcess.start(jar, port, maxHeap, storage, log);
    }
}
