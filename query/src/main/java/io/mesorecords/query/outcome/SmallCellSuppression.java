package io.mesorecords.query.outcome;

import io.mesorecords.api.outcome.OutcomeGroup.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression with complementary suppression. Primary: a cell with fewer than k distinct patients is
 * suppressed. Complementary: a line is every cell that shares the values of all dimensions but one (with one dimension,
 * the whole table, whose margin is the published total); a line with exactly one suppressed cell would give it away by
 * subtraction from its margin, so the line's smallest shown cell is suppressed too, repeated until no line has exactly
 * one. The total is suppressed when it has fewer than k patients. Reasoning and limits: docs/outcome-report.md.
 */
final class SmallCellSuppression {

    private SmallCellSuppression() {}

    /**
     * @param patientsByCell distinct patients per cell, keyed by the cell's dimension values in grouping order, in the
     *     order the cells are reported (which breaks ties between equally small cells)
     */
    static Map<List<Object>, Suppression> apply(Map<List<Object>, Long> patientsByCell, int dimensions, int k) {
        Map<List<Object>, Suppression> result = new LinkedHashMap<>();
        patientsByCell.forEach(
                (cell, patients) -> result.put(cell, patients < k ? Suppression.SMALL_CELL : Suppression.NONE));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int dimension = 0; dimension < dimensions; dimension++) {
                for (List<List<Object>> line : lines(patientsByCell.keySet(), dimension)) {
                    long suppressed = line.stream()
                            .filter(c -> result.get(c) != Suppression.NONE)
                            .count();
                    if (suppressed != 1) {
                        continue;
                    }
                    var smallestShown = line.stream()
                            .filter(c -> result.get(c) == Suppression.NONE)
                            .min(Comparator.comparingLong(patientsByCell::get));
                    if (smallestShown.isPresent()) {
                        result.put(smallestShown.get(), Suppression.COMPLEMENTARY);
                        changed = true;
                    }
                }
            }
        }
        return result;
    }

    private static List<List<List<Object>>> lines(Iterable<List<Object>> cells, int varying) {
        Map<List<Object>, List<List<Object>>> lines = new LinkedHashMap<>();
        for (List<Object> cell : cells) {
            List<Object> fixed = new ArrayList<>(cell);
            fixed.remove(varying);
            lines.computeIfAbsent(fixed, f -> new ArrayList<>()).add(cell);
        }
        return new ArrayList<>(lines.values());
    }
}
