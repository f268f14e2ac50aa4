package io.mesorecords.query.outcome;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The assessments of one course on one scale, reduced to the baseline (the latest baseline taken) and the last
 * assessment after it (the latest time point; follow-ups come after sessions; ties by assessment time).
 */
record AssessmentSeries(BigDecimal baseline, BigDecimal last) {

    record Point(int timeRank, long assessedEpoch, BigDecimal score) {}

    static final int BASELINE_RANK = 0;

    static AssessmentSeries of(List<Point> points) {
        Comparator<Point> order = Comparator.comparingInt(Point::timeRank).thenComparingLong(Point::assessedEpoch);
        BigDecimal baseline = points.stream()
                .filter(p -> p.timeRank() == BASELINE_RANK)
                .max(order)
                .map(Point::score)
                .orElse(null);
        BigDecimal last = points.stream()
                .filter(p -> p.timeRank() != BASELINE_RANK)
                .max(order)
                .map(Point::score)
                .orElse(null);
        return new AssessmentSeries(baseline, last);
    }
}
