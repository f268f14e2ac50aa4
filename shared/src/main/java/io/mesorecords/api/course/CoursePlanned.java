package io.mesorecords.api.course;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A course was planned; baseline assessments follow as their own events. */
@Revision("1")
public record CoursePlanned(
        PatientId patientId,
        CourseId courseId,
        LocalDate plannedOn,
        Set<Indication> indications,
        Technique technique,
        List<CocktailProduct> cocktail,
        Set<TreatmentArea> areas,
        int plannedSessions,
        int intervalDays)
        implements PatientEvent {
    public CoursePlanned {
        indications = Immutable.sortedSet(indications);
        cocktail = Immutable.list(cocktail);
        areas = Immutable.sortedSet(areas);
    }
}
