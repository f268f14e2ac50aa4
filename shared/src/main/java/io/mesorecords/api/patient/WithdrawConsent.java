package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;

/** Records that the patient withdrew a consent given earlier. */
public record WithdrawConsent(PatientId patientId, ConsentScope scope, Instant withdrawnAt) implements PatientCommand {}
