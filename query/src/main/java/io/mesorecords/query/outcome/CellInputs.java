package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.outcome.OutcomeMetrics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** The aggregated inputs of one report cell as SQL returns them, and the metrics they make. */
final class CellInputs {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final long patients;
    private final long planned;
    private final long completed;
    private final long discontinued;
    private final Map<DiscontinuationReason, Long> byReason = new EnumMap<>(DiscontinuationReason.class);
    private final Double meanSessions;
    private final Double medianSessions;
    private final long sessions;
    private final long sessionsWithReaction;
    private final long patientsTreated;
    private final long patientsReacting;
    private final long reactions;
    private final long within48h;
    private final long responders;
    private final long gaisRated;
    private final Double wsrsChange;
    private final long wsrsImproved;
    private final long wsrsPaired;
    private final Double hydration;
    private final Double elasticity;
    private final Double satisfaction;
    private final Map<ReactionType, Long> sessionsByType = new EnumMap<>(ReactionType.class);
    private final Map<Integer, Long> sessionsByGrade = new TreeMap<>();
    private Double medianDurationSeconds;

    CellInputs(ResultSet row) throws SQLException {
        patients = whole(row, "patients");
        planned = whole(row, "planned");
        completed = whole(row, "completed");
        discontinued = whole(row, "discontinued");
        byReason.put(DiscontinuationReason.ADVERSE_REACTION, whole(row, "d_adverse"));
        byReason.put(DiscontinuationReason.PATIENT_DECISION, whole(row, "d_patient"));
        byReason.put(DiscontinuationReason.CONTRAINDICATION_AROSE, whole(row, "d_contra"));
        byReason.put(DiscontinuationReason.LOST_TO_FOLLOW_UP, whole(row, "d_lost"));
        byReason.put(DiscontinuationReason.OTHER, whole(row, "d_other"));
        meanSessions = decimal(row, "mean_sessions");
        medianSessions = decimal(row, "median_sessions");
        sessions = whole(row, "sessions");
        sessionsWithReaction = whole(row, "sessions_with_reaction");
        patientsTreated = whole(row, "patients_treated");
        patientsReacting = whole(row, "patients_reacting");
        reactions = whole(row, "reactions");
        within48h = whole(row, "within_48h");
        responders = whole(row, "responders");
        gaisRated = whole(row, "gais_rated");
        wsrsChange = decimal(row, "wsrs_change");
        wsrsImproved = whole(row, "wsrs_improved");
        wsrsPaired = whole(row, "wsrs_paired");
        hydration = decimal(row, "hydration");
        elasticity = decimal(row, "elasticity");
        satisfaction = decimal(row, "satisfaction");
        for (ReactionType type : ReactionColumns.types()) {
            long n = whole(row, ReactionColumns.of(type));
            if (n > 0) {
                sessionsByType.put(type, n);
            }
        }
        for (int grade : ReactionColumns.grades()) {
            long n = whole(row, ReactionColumns.ofGrade(grade));
            if (n > 0) {
                sessionsByGrade.put(grade, n);
            }
        }
    }

    long patients() {
        return patients;
    }

    void medianDurationSeconds(double seconds) {
        medianDurationSeconds = seconds;
    }

    OutcomeMetrics metrics() {
        Map<ReactionType, Double> byType = new EnumMap<>(ReactionType.class);
        sessionsByType.forEach((type, n) -> byType.put(type, ratio(n, sessions)));
        Map<Integer, Double> byGrade = new TreeMap<>();
        sessionsByGrade.forEach((grade, n) -> byGrade.put(grade, ratio(n, sessions)));
        return new OutcomeMetrics(
                patients,
                planned,
                completed,
                discontinued,
                byReason,
                ratio(completed, completed + discontinued),
                meanSessions,
                medianSessions,
                sessions,
                sessionsWithReaction,
                ratio(sessionsWithReaction, sessions),
                byType,
                byGrade,
                patientsTreated,
                patientsReacting,
                ratio(patientsReacting, patientsTreated),
                reactions,
                ratio(within48h, reactions),
                medianDurationSeconds == null ? null : medianDurationSeconds / SECONDS_PER_HOUR,
                ratio(responders, gaisRated),
                wsrsChange,
                ratio(wsrsImproved, wsrsPaired),
                hydration,
                elasticity,
                satisfaction);
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private static long whole(ResultSet row, String column) throws SQLException {
        return row.getLong(column);
    }

    private static Double decimal(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
