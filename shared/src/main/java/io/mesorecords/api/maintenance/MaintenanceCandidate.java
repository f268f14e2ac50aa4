package io.mesorecords.api.maintenance;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;

/** A patient due for maintenance; the name is absent once personal data was erased. */
public record MaintenanceCandidate(PatientId patientId, PersonName name, LocalDate lastCourseCompletedOn) {}
