package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient withdrew a consent. */
@Revision("1")
public record ConsentWithdrawn(PatientId patientId, ConsentScope scope, Instant withdrawnAt) implements PatientEvent {}
