package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.RegisterPatient;
import io.mesorecords.command.http.RequestMetadata;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;

/** Opens a patient record at one of the user's clinics. */
record RegisterPatientRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID patientId,
        @Schema(description = "One of the user's clinics; may be left out by a user of one clinic only")
                @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}")
                String clinicId,
        @NotNull @Valid PersonNameInput name,
        @NotNull LocalDate dateOfBirth,
        Sex sex,
        @Valid ContactInput contact) {

    RegisterPatient toCommand(PatientId id, RequestMetadata metadata) {
        return new RegisterPatient(
                id,
                metadata.registeringClinic(clinicId),
                name.toName(),
                dateOfBirth,
                sex,
                contact == null ? null : contact.toContact());
    }
}
