package io.mesorecords.query.outcome;

import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeGroup;
import io.mesorecords.api.outcome.OutcomeGroup.Suppression;
import io.mesorecords.api.outcome.OutcomeReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Answers {@link FindOutcomeReportQuery}: aggregates in SQL, then suppresses small cells before anything leaves. */
class OutcomeReportQueryHandler {

    private final OutcomeReportRepository repository;
    private final int minCellSize;
    private final TransactionTemplate snapshot;

    OutcomeReportQueryHandler(OutcomeReportRepository repository, int minCellSize, TransactionTemplate transactions) {
        this.repository = repository;
        this.minCellSize = minCellSize;
        // Cells and total from one snapshot: a total that moved on between statements could give a cell away. A
        // transaction of its own even inside a caller's: joining one ignores the isolation asked for (decision 28).
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @QueryHandler
    OutcomeReport handle(FindOutcomeReportQuery query) {
        return snapshot.execute(status -> report(query));
    }

    private OutcomeReport report(FindOutcomeReportQuery query) {
        List<OutcomeDimension> groupBy = query.groupBy().stream().distinct().toList();
        OutcomeReportRepository.Cells found = repository.cells(groupBy, query.period(), query.filter());
        Map<List<Object>, CellInputs> cells = sorted(found.groups());
        CellInputs total = found.total();
        Map<List<Object>, Long> patients = new LinkedHashMap<>();
        cells.forEach((key, cell) -> patients.put(key, cell.patients()));
        Map<List<Object>, Suppression> suppression = SmallCellSuppression.apply(patients, groupBy.size(), minCellSize);
        List<OutcomeGroup> groups = new ArrayList<>();
        cells.forEach((key, cell) -> groups.add(group(labels(groupBy, key), suppression.get(key), cell)));
        Suppression totalSuppression = total.patients() < minCellSize ? Suppression.SMALL_CELL : Suppression.NONE;
        return new OutcomeReport(
                groupBy, query.period(), minCellSize, groups, group(Map.of(), totalSuppression, total));
    }

    private static OutcomeGroup group(Map<OutcomeDimension, String> key, Suppression suppression, CellInputs cell) {
        return new OutcomeGroup(key, suppression, suppression == Suppression.NONE ? cell.metrics() : null);
    }

    private static Map<OutcomeDimension, String> labels(List<OutcomeDimension> groupBy, List<Object> key) {
        Map<OutcomeDimension, String> labels = new TreeMap<>();
        for (int i = 0; i < groupBy.size(); i++) {
            labels.put(groupBy.get(i), label(groupBy.get(i), key.get(i)));
        }
        return labels;
    }

    static String label(OutcomeDimension dimension, Object value) {
        if (value == null) {
            return null;
        }
        if (dimension == OutcomeDimension.AGE_BAND) {
            int lower = (Integer) value;
            return lower + "-" + (lower + 9);
        }
        return value.toString();
    }

    /** Cells in a stable order, unrecorded values last, so that reports and tie-breaks never depend on the database. */
    private static Map<List<Object>, CellInputs> sorted(Map<List<Object>, CellInputs> cells) {
        Comparator<List<Object>> order = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        Map<List<Object>, CellInputs> sorted = new LinkedHashMap<>();
        cells.keySet().stream().sorted(order).forEach(key -> sorted.put(key, cells.get(key)));
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return ((Comparable) a).compareTo(b);
    }
}
