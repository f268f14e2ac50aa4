package io.mesorecords.api.outcome;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.common.Immutable;
import java.util.Map;

/**
 * The metrics of one report cell, as defined in docs/outcome-report.md. A rate or mean is absent when its denominator
 * is zero. Durations are in hours.
 */
public record OutcomeMetrics(
        long patients,
        long coursesPlanned,
        long coursesCompleted,
        long coursesDiscontinued,
        Map<DiscontinuationReason, Long> discontinuedByReason,
        Double completionRate,
        Double meanSessionsPerCompletedCourse,
        Double medianSessionsPerCompletedCourse,
        long sessionsPerformed,
        long sessionsWithReaction,
        Double reactionIncidencePerSession,
        Map<ReactionType, Double> reactionIncidenceByType,
        Map<Integer, Double> reactionIncidenceByGrade,
        long patientsTreated,
        long patientsWithReaction,
        Double patientsWithReactionRate,
        long reactions,
        Double reactionsResolvedWithin48hShare,
        Double medianReactionDurationHours,
        Double gaisResponderRate,
        Double meanWsrsChange,
        Double wsrsImprovedShare,
        Double meanHydrationChangePercent,
        Double meanElasticityChangePercent,
        Double meanSatisfaction) {

    public OutcomeMetrics {
        discontinuedByReason = Immutable.sortedMap(discontinuedByReason);
        reactionIncidenceByType = Immutable.sortedMap(reactionIncidenceByType);
        reactionIncidenceByGrade = Immutable.sortedMap(reactionIncidenceByGrade);
    }
}
