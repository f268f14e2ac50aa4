package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeGroup;
import io.mesorecords.api.outcome.OutcomeMetrics;
import io.mesorecords.api.outcome.OutcomeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as CSV (RFC 4180): one line per group, then the total. Suppressed cells keep their dimension values and
 * leave every metric empty; the {@code suppression} column says why.
 */
final class OutcomeReportCsv {

    private static final int MAX_GRADE = 5;

    private OutcomeReportCsv() {}

    static String write(OutcomeReport report) {
        List<Column> columns = columns();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("row"));
        report.groupBy().forEach(d -> header.add(d.name().toLowerCase()));
        header.add("suppression");
        columns.forEach(c -> header.add(c.name()));
        line(csv, header);
        report.groups().forEach(group -> line(csv, row("group", report.groupBy(), group, columns)));
        line(csv, row("total", report.groupBy(), report.total(), columns));
        return csv.toString();
    }

    private static List<String> row(
            String kind, List<OutcomeDimension> groupBy, OutcomeGroup group, List<Column> columns) {
        List<String> cells = new ArrayList<>(List.of(kind));
        groupBy.forEach(d -> cells.add(group.key().get(d)));
        cells.add(group.suppression().name());
        OutcomeMetrics metrics = group.metrics();
        columns.forEach(c -> cells.add(metrics == null ? null : c.value().apply(metrics)));
        return cells;
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("patients", m -> text(m.patients())));
        columns.add(new Column("courses_planned", m -> text(m.coursesPlanned())));
        columns.add(new Column("courses_completed", m -> text(m.coursesCompleted())));
        columns.add(new Column("courses_discontinued", m -> text(m.coursesDiscontinued())));
        for (DiscontinuationReason reason : DiscontinuationReason.values()) {
            columns.add(new Column(
                    "discontinued_" + reason.name().toLowerCase(),
                    m -> text(m.discontinuedByReason().getOrDefault(reason, 0L))));
        }
        columns.add(new Column("completion_rate", m -> text(m.completionRate())));
        columns.add(new Column("mean_sessions_per_completed_course", m -> text(m.meanSessionsPerCompletedCourse())));
        columns.add(
                new Column("median_sessions_per_completed_course", m -> text(m.medianSessionsPerCompletedCourse())));
        columns.add(new Column("sessions_performed", m -> text(m.sessionsPerformed())));
        columns.add(new Column("sessions_with_reaction", m -> text(m.sessionsWithReaction())));
        columns.add(new Column("reaction_incidence_per_session", m -> text(m.reactionIncidencePerSession())));
        for (ReactionType type : ReactionType.values()) {
            columns.add(new Column(
                    "incidence_" + type.name().toLowerCase(),
                    m -> text(m.reactionIncidenceByType().getOrDefault(type, m.sessionsPerformed() > 0 ? 0.0 : null))));
        }
        for (int grade = 1; grade <= MAX_GRADE; grade++) {
            int g = grade;
            columns.add(new Column(
                    "incidence_grade_" + g,
                    m -> text(m.reactionIncidenceByGrade().getOrDefault(g, m.sessionsPerformed() > 0 ? 0.0 : null))));
        }
        columns.add(new Column("patients_treated", m -> text(m.patientsTreated())));
        columns.add(new Column("patients_with_reaction", m -> text(m.patientsWithReaction())));
        columns.add(new Column("patients_with_reaction_rate", m -> text(m.patientsWithReactionRate())));
        columns.add(new Column("reactions", m -> text(m.reactions())));
        columns.add(new Column("reactions_resolved_within_48h_share", m -> text(m.reactionsResolvedWithin48hShare())));
        columns.add(new Column("median_reaction_duration_hours", m -> text(m.medianReactionDurationHours())));
        columns.add(new Column("gais_responder_rate", m -> text(m.gaisResponderRate())));
        columns.add(new Column("mean_wsrs_change", m -> text(m.meanWsrsChange())));
        columns.add(new Column("wsrs_improved_share", m -> text(m.wsrsImprovedShare())));
        columns.add(new Column("mean_hydration_change_percent", m -> text(m.meanHydrationChangePercent())));
        columns.add(new Column("mean_elasticity_change_percent", m -> text(m.meanElasticityChangePercent())));
        columns.add(new Column("mean_satisfaction", m -> text(m.meanSatisfaction())));
        return columns;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(OutcomeReportCsv::escape).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** Quotes per RFC 4180, and defuses cells a spreadsheet would run as a formula. */
    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        String safe =
                !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        return Numbers.number(value) != null;
    }

    private record Column(String name, Function<OutcomeMetrics, String> value) {}
}
