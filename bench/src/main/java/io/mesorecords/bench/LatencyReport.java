package io.mesorecords.bench;

import org.HdrHistogram.Histogram;

/** Throughput and latency percentiles of one measured phase, in operations per second and milliseconds. */
record LatencyReport(
        String name, long operations, long errors, double perSecond, double p50, double p95, double p99, double max) {

    static LatencyReport of(String name, Histogram micros, long errors, long elapsedNanos) {
        long count = micros.getTotalCount();
        return new LatencyReport(
                name,
                count,
                errors,
                count / (elapsedNanos / 1e9),
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }

    String row() {
        return String.format(
                "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f |",
                name, operations, errors, perSecond, p50, p95, p99, max);
    }

    static String header() {
        return "| phase | operations | errors | per second | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|---|";
    }
}
