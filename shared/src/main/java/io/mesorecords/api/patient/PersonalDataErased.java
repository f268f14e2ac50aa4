package io.mesorecords.api.patient;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Identifying data of the patient was erased; clinical facts stay de-identified. */
@Revision("1")
public record PersonalDataErased(
        PatientId patientId, LocalDate retentionEndsOn, boolean administratorOverride, String overrideReason)
        implements PatientEvent {}
