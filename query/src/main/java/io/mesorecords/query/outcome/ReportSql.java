package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.PeriodGranularity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the report's SQL from whitelisted column names; every filter value travels as a bind parameter. The cohort is
 * one row per course and group: single-valued dimensions are columns of {@code outcome_course}, multi-valued ones an
 * outer join with their bridge table, so a course counts once in each group it belongs to, and a course without any
 * value (no performed session, hence no practitioner) in the group of unrecorded values. Filters on multi-valued dimensions
 * never multiply rows: indications and ingredients are tests on the course row's {@link ValueSet} columns, products and
 * practitioners (free text) {@code EXISTS} tests on their bridge tables.
 */
final class ReportSql {

    private final List<OutcomeDimension> groupBy;
    private final PeriodGranularity period;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String cohort;
    private final boolean withTotal;

    /**
     * @param withTotal add the total over the cohort as a row of its own, marked by {@code total_row <> 0}, through
     *     {@code GROUPING SETS} (PostgreSQL), so the cohort is read once for cells and total. Only honoured when no
     *     grouping dimension is multi-valued: the bridge join repeats a course once per value, which the cells want
     *     and the total must not have; see {@link #withTotal()}.
     */
    ReportSql(List<OutcomeDimension> groupBy, PeriodGranularity period, OutcomeFilter filter, boolean withTotal) {
        this.groupBy = List.copyOf(groupBy);
        this.period = period;
        this.cohort = cohort(filter);
        this.withTotal = withTotal && !groupBy.isEmpty() && groupBy.stream().noneMatch(d -> Bridge.of(d) != null);
    }

    /** Whether the statements also return the total row; otherwise the total needs statements without grouping. */
    boolean withTotal() {
        return withTotal;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    int dimensions() {
        return groupBy.size();
    }

    /** One row per group: the inputs of every course-level metric. */
    String courseMetrics() {
        return "SELECT " + groupColumns("x.")
                + """
                COUNT(DISTINCT x.patient_key) AS patients,
                COUNT(*) AS planned,
                SUM(CASE WHEN x.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,
                SUM(CASE WHEN x.status = 'DISCONTINUED' THEN 1 ELSE 0 END) AS discontinued,
                SUM(CASE WHEN x.discontinuation_reason = 'ADVERSE_REACTION' THEN 1 ELSE 0 END) AS d_adverse,
                SUM(CASE WHEN x.discontinuation_reason = 'PATIENT_DECISION' THEN 1 ELSE 0 END) AS d_patient,
                SUM(CASE WHEN x.discontinuation_reason = 'CONTRAINDICATION_AROSE' THEN 1 ELSE 0 END) AS d_contra,
                SUM(CASE WHEN x.discontinuation_reason = 'LOST_TO_FOLLOW_UP' THEN 1 ELSE 0 END) AS d_lost,
                SUM(CASE WHEN x.discontinuation_reason = 'OTHER' THEN 1 ELSE 0 END) AS d_other,
                AVG(CASE WHEN x.status = 'COMPLETED' THEN x.performed_sessions * 1.0 END) AS mean_sessions,
                PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
                    CASE WHEN x.status = 'COMPLETED' THEN x.performed_sessions END) AS median_sessions,
                SUM(x.performed_sessions) AS sessions,
                SUM(x.sessions_with_reaction) AS sessions_with_reaction,
                COUNT(DISTINCT CASE WHEN x.performed_sessions > 0 THEN x.patient_key END) AS patients_treated,
                COUNT(DISTINCT CASE WHEN x.sessions_with_reaction > 0 THEN x.patient_key END) AS patients_reacting,
                SUM(x.reactions) AS reactions,
                SUM(x.reactions_within_48h) AS within_48h,
                SUM(CASE WHEN x.status = 'COMPLETED' AND x.final_gais BETWEEN 1 AND 3 THEN 1 ELSE 0 END) AS responders,
                SUM(CASE WHEN x.status = 'COMPLETED' AND x.final_gais IS NOT NULL THEN 1 ELSE 0 END) AS gais_rated,
                AVG(x.wsrs_last - x.wsrs_baseline) AS wsrs_change,
                SUM(CASE WHEN x.wsrs_last - x.wsrs_baseline <= -1 THEN 1 ELSE 0 END) AS wsrs_improved,
                SUM(CASE WHEN x.wsrs_last - x.wsrs_baseline IS NOT NULL THEN 1 ELSE 0 END) AS wsrs_paired,
                AVG(CASE WHEN x.hydration_baseline > 0
                    THEN (x.hydration_last - x.hydration_baseline) * 100.0 / x.hydration_baseline END) AS hydration,
                AVG(CASE WHEN x.elasticity_baseline > 0
                    THEN (x.elasticity_last - x.elasticity_baseline) * 100.0 / x.elasticity_baseline END) AS elasticity,
                AVG(CASE WHEN x.status = 'COMPLETED' THEN x.satisfaction * 1.0 END) AS satisfaction"""
                + reactionBreakdown()
                + " FROM ("
                + cohort + ") x" + groupByClause("x.");
    }

    /** The median duration of resolved reactions per group, in seconds; the one metric that needs reaction rows. */
    String medianReactionDuration() {
        return "SELECT " + groupColumns("x.")
                + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY r.duration_seconds) AS median_duration FROM (" + cohort
                + ") x JOIN outcome_reaction r ON r.course_key = x.course_key WHERE r.duration_seconds IS NOT NULL"
                + groupByClause("x.");
    }

    private static String reactionBreakdown() {
        StringBuilder sql = new StringBuilder();
        for (ReactionType type : ReactionColumns.types()) {
            String column = ReactionColumns.of(type);
            sql.append(", SUM(x.").append(column).append(") AS ").append(column);
        }
        for (int grade : ReactionColumns.grades()) {
            String column = ReactionColumns.ofGrade(grade);
            sql.append(", SUM(x.").append(column).append(") AS ").append(column);
        }
        return sql.toString();
    }

    private String cohort(OutcomeFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT c.*");
        for (int i = 0; i < groupBy.size(); i++) {
            sql.append(", ")
                    .append(groupExpression(groupBy.get(i), i))
                    .append(" AS g")
                    .append(i);
        }
        sql.append(" FROM outcome_course c");
        for (int i = 0; i < groupBy.size(); i++) {
            Bridge bridge = Bridge.of(groupBy.get(i));
            if (bridge != null) {
                sql.append(" LEFT JOIN ")
                        .append(bridge.table)
                        .append(" b")
                        .append(i)
                        .append(" ON b")
                        .append(i)
                        .append(".course_key = c.course_key");
            }
        }
        List<String> conditions = new ArrayList<>();
        in(conditions, "c.technique", "technique", names(filter.techniques()));
        in(conditions, "c.clinic_id", "clinic", strings(filter.clinics()));
        in(conditions, "c.age_band", "ageBand", filter.ageBands());
        in(conditions, "c.fitzpatrick", "fitzpatrick", filter.fitzpatrickTypes());
        in(conditions, "c.glogau", "glogau", filter.glogauClasses());
        exists(conditions, Bridge.PRODUCT, filter.products());
        anyOf(conditions, "c.ingredients", "ingredient", names(filter.ingredients()));
        anyOf(conditions, "c.indications", "indication", names(filter.indications()));
        exists(conditions, Bridge.PRACTITIONER, strings(filter.practitioners()));
        if (filter.plannedFrom() != null) {
            conditions.add("c.planned_month >= :plannedFrom");
            parameters.put("plannedFrom", filter.plannedFrom().toString());
        }
        if (filter.plannedTo() != null) {
            conditions.add("c.planned_month <= :plannedTo");
            parameters.put("plannedTo", filter.plannedTo().toString());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return sql.toString();
    }

    private String groupExpression(OutcomeDimension dimension, int index) {
        Bridge bridge = Bridge.of(dimension);
        if (bridge != null) {
            return "b" + index + "." + bridge.column;
        }
        return switch (dimension) {
            case TECHNIQUE -> "c.technique";
            case CLINIC -> "c.clinic_id";
            case AGE_BAND -> "c.age_band";
            case FITZPATRICK -> "c.fitzpatrick";
            case GLOGAU -> "c.glogau";
            case PERIOD ->
                switch (period) {
                    case MONTH -> "c.planned_month";
                    case QUARTER -> "c.planned_quarter";
                    case YEAR -> "c.planned_year";
                };
            default -> throw new IllegalArgumentException("No column for " + dimension);
        };
    }

    private void in(List<String> conditions, String column, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (:" + name + ")");
            parameters.put(name, List.copyOf(values));
        }
    }

    private void exists(List<String> conditions, Bridge bridge, Collection<String> values) {
        if (!values.isEmpty()) {
            String name = "f_" + bridge.column;
            conditions.add("EXISTS (SELECT 1 FROM " + bridge.table + " f WHERE f.course_key = c.course_key AND f."
                    + bridge.column + " IN (:" + name + "))");
            parameters.put(name, List.copyOf(values));
        }
    }

    /** The course holds one of the values in its {@link ValueSet} column: a test on the row, no join. */
    private void anyOf(List<String> conditions, String column, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> tests = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String parameter = "f_" + name + "_" + i;
            tests.add("POSITION(:" + parameter + " IN " + column + ") > 0");
            parameters.put(parameter, ValueSet.member(values.get(i)));
        }
        conditions.add("(" + String.join(" OR ", tests) + ")");
    }

    private String groupColumns(String alias) {
        if (groupBy.isEmpty()) {
            return "";
        }
        String totalFlag = withTotal ? "GROUPING(" + groupList(alias) + ") AS total_row, " : "";
        return groupList(alias) + ", " + totalFlag;
    }

    private String groupList(String alias) {
        return IntStream.range(0, groupBy.size()).mapToObj(i -> alias + "g" + i).collect(Collectors.joining(", "));
    }

    private String groupByClause(String alias) {
        if (groupBy.isEmpty()) {
            return "";
        }
        return withTotal ? " GROUP BY GROUPING SETS ((" + groupList(alias) + "), ())" : " GROUP BY " + groupList(alias);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static List<String> strings(Collection<?> values) {
        return values.stream().map(Object::toString).toList();
    }

    private enum Bridge {
        PRODUCT("outcome_course_product", "product"),
        INGREDIENT("outcome_course_ingredient", "ingredient"),
        INDICATION("outcome_course_indication", "indication"),
        PRACTITIONER("outcome_course_practitioner", "practitioner_id");

        private final String table;
        private final String column;

        Bridge(String table, String column) {
            this.table = table;
            this.column = column;
        }

        static Bridge of(OutcomeDimension dimension) {
            return switch (dimension) {
                case PRODUCT -> PRODUCT;
                case INGREDIENT -> INGREDIENT;
                case INDICATION -> INDICATION;
                case PRACTITIONER -> PRACTITIONER;
                default -> null;
            };
        }
    }
}
