package io.mesorecords.api.maintenance;

import io.mesorecords.api.common.ClinicId;
import java.time.LocalDate;

/**
 * Asks for the patients of a clinic whose last course was completed within [{@code completedFrom},
 * {@code completedTo}] and who have had no course since. The edge derives the dates from today and the configured
 * window (6 to 12 months by default).
 */
public record FindMaintenanceDueQuery(ClinicId clinicId, LocalDate completedFrom, LocalDate completedTo) {}
