package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient gave consent for a scope. */
@Revision("1")
public record ConsentRecorded(PatientId patientId, ConsentScope scope, Instant givenAt) implements PatientEvent {}
