package io.mesorecords.query.outcome;

import java.time.LocalDate;
import java.util.Set;

/** A planned course as the report stores it: keys, dimensions, and the planning month instead of the date. */
record CourseRow(
        long courseKey,
        long patientKey,
        String clinicId,
        String technique,
        PlanningFacts facts,
        LocalDate plannedOn,
        Set<String> indications,
        Set<String> products,
        Set<String> ingredients) {

    String plannedMonth() {
        return "%04d-%02d".formatted(plannedOn.getYear(), plannedOn.getMonthValue());
    }

    String plannedQuarter() {
        return "%04d-Q%d".formatted(plannedOn.getYear(), (plannedOn.getMonthValue() - 1) / 3 + 1);
    }

    String plannedYear() {
        return "%04d".formatted(plannedOn.getYear());
    }
}
