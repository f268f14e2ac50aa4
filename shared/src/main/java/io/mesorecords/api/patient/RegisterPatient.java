package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;

/** Opens a patient record at a clinic. */
public record RegisterPatient(
        PatientId patientId, ClinicId clinicId, PersonName name, LocalDate dateOfBirth, Sex sex, Contact contact)
        implements PatientCommand {}
