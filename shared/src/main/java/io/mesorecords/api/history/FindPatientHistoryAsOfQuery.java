package io.mesorecords.api.history;

import io.mesorecords.api.common.PatientId;
import java.time.Instant;

/** Asks for a patient's history exactly as it was recorded at a past moment: answered from the event store. */
public record FindPatientHistoryAsOfQuery(PatientId patientId, Instant asOf) {}
