package io.mesorecords.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts failed answers by status and problem code, so that a run shows what failed, not only how often. */
final class Failures {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private Failures() {}

    static void note(int status, String body) {
        COUNTS.computeIfAbsent(status + " " + code(body), k -> new LongAdder()).increment();
    }

    static void note(Exception e) {
        COUNTS.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder())
                .increment();
    }

    /** What failed since the last call, and forget it. */
    static Map<String, Long> drain() {
        Map<String, Long> snapshot = new java.util.TreeMap<>();
        COUNTS.forEach((k, v) -> snapshot.put(k, v.sumThenReset()));
        COUNTS.clear();
        snapshot.values().removeIf(v -> v == 0);
        return snapshot;
    }

    private static String code(String body) {
        int at = body == null ? -1 : body.indexOf("\"code\":\"");
        if (at < 0) {
            return "";
        }
        int end = body.indexOf('"', at + 8);
        return end < 0 ? "" : body.substring(at + 8, end);
    }
}
