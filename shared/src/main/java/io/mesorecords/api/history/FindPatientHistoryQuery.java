package io.mesorecords.api.history;

import io.mesorecords.api.common.PatientId;

/** Asks for a patient's current history: answered from the projected read model. */
public record FindPatientHistoryQuery(PatientId patientId) {}
