package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;

/** Records that the patient gave consent for a scope. */
public record RecordConsent(PatientId patientId, ConsentScope scope, Instant givenAt) implements PatientCommand {}
