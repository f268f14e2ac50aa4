package io.mesorecords.api.course;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Plans a course: indications, technique, cocktail, areas, number of sessions and their interval. */
public record PlanCourse(
        PatientId patientId,
        CourseId courseId,
        LocalDate plannedOn,
        Set<Indication> indications,
        Technique technique,
        List<CocktailProduct> cocktail,
        Set<TreatmentArea> areas,
        int plannedSessions,
        int intervalDays,
        List<BaselineAssessment> baselineAssessments)
        implements PatientCommand {
    public PlanCourse {
        indications = Immutable.sortedSet(indications);
        cocktail = Immutable.list(cocktail);
        areas = Immutable.sortedSet(areas);
        baselineAssessments = Immutable.list(baselineAssessments);
    }
}
