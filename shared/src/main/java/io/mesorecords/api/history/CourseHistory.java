package io.mesorecords.api.history;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Immutable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A course with its sessions, reactions and assessments. {@code plannedSessions} includes extensions. */
public record CourseHistory(
        CourseId courseId,
        CourseStatus status,
        LocalDate plannedOn,
        Set<Indication> indications,
        Technique technique,
        List<CocktailProduct> cocktail,
        Set<TreatmentArea> areas,
        int plannedSessions,
        int intervalDays,
        LocalDate closedOn,
        DiscontinuationReason discontinuationReason,
        String discontinuationDetails,
        Score finalClinicianGais,
        Score patientSatisfaction,
        List<SessionHistory> sessions,
        List<ReactionHistory> reactions,
        List<AssessmentHistory> assessments) {
    public CourseHistory {
        indications = Immutable.sortedSet(indications);
        cocktail = Immutable.list(cocktail);
        areas = Immutable.sortedSet(areas);
        sessions = Immutable.list(sessions);
        reactions = Immutable.list(reactions);
        assessments = Immutable.list(assessments);
    }

    public enum CourseStatus {
        PLANNED,
        COMPLETED,
        DISCONTINUED
    }
}
