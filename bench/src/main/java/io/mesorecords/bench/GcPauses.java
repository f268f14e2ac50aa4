package io.mesorecords.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend's garbage-collection pauses during one phase, from the GC log the harness has the backend write
 * ({@code -Xlog:gc:file=<log>:timemillis}: one line per collection, stamped with the wall clock when it is written,
 * that is when the pause ended). A pause stops every request thread, so its length is added to the latency of every
 * request in flight: the figures tell how much of a phase's tail the collector can explain.
 */
final class GcPauses {

    /** {@code [1796526715421ms] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 6M->3M(64M) 13.762ms}. */
    private static final Pattern PAUSE =
            Pattern.compile("^\\[(\\d+)ms\\] GC\\(\\d+\\) (Pause .*?)\\s+(?:\\d+[KMG]->\\S+\\s+)?([0-9.]+)ms$");

    /** One pause: when it ended (epoch milliseconds), what it was, how long it took. */
    record Pause(long endedMillis, String kind, double millis) {}

    private GcPauses() {}

    /** The pauses in a GC log, in the order written; none when the log is not there (yet). */
    static List<Pause> read(Path log) throws IOException {
        try {
            return parse(Files.readAllLines(log));
        } catch (NoSuchFileException none) {
            return List.of();
        }
    }

    static List<Pause> parse(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = PAUSE.matcher(line.trim());
            if (matcher.matches()) {
                pauses.add(new Pause(
                        Long.parseLong(matcher.group(1)),
                        matcher.group(2).trim(),
                        Double.parseDouble(matcher.group(3))));
            }
        }
        return pauses;
    }

    /**
     * The pauses that ended within {@code [fromMillis, toMillis]}: how many, their total and longest, the share of
     * the window the application stood still, and the count by kind ({@code Pause Young (Normal)}, {@code Pause
     * Remark}, ...).
     */
    static Map<String, Object> between(List<Pause> pauses, long fromMillis, long toMillis) {
        List<Pause> within = pauses.stream()
                .filter(p -> p.endedMillis() >= fromMillis && p.endedMillis() <= toMillis)
                .toList();
        double total = within.stream().mapToDouble(Pause::millis).sum();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pauses", within.size());
        figures.put("totalMs", total);
        figures.put("maxMs", within.stream().mapToDouble(Pause::millis).max().orElse(0));
        figures.put("pausedShare", toMillis > fromMillis ? total / (toMillis - fromMillis) : 0);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        within.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        figures.put("byKind", byKind);
        return figures;
    }
}
