package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A patient record was opened at a clinic. */
@Revision("1")
public record PatientRegistered(
        PatientId patientId,
        ClinicId clinicId,
        @PersonalData PersonName name,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        @PersonalData Contact contact)
        implements PatientEvent {}
