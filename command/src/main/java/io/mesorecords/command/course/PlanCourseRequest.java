package io.mesorecords.command.course;

import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.PlanCourse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A course: indications, technique, cocktail, areas, 1 to 12 sessions and their interval. */
record PlanCourseRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID courseId,
        @NotNull LocalDate plannedOn,
        @NotEmpty Set<@NotNull Indication> indications,
        @NotNull Technique technique,
        @NotEmpty List<@NotNull @Valid CocktailProductInput> cocktail,
        @NotEmpty Set<@NotNull TreatmentArea> areas,
        @NotNull @Min(1) @Max(12) Integer plannedSessions,
        @NotNull @Min(1) @Max(365) Integer intervalDays,
        List<@NotNull @Valid BaselineAssessmentInput> baselineAssessments) {

    PlanCourse toCommand(PatientId patientId, CourseId id) {
        return new PlanCourse(
                patientId,
                id,
                plannedOn,
                indications,
                technique,
                cocktail.stream().map(CocktailProductInput::toProduct).toList(),
                areas,
                plannedSessions,
                intervalDays,
                baselineAssessments == null
                        ? List.of()
                        : baselineAssessments.stream()
                                .map(BaselineAssessmentInput::toAssessment)
                                .toList());
    }
}
