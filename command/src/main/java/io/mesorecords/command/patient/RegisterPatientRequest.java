package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.RegisterPatient;
import io.mesorecords.command.http.RequestMetadata;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;

/** Opens a patient record; the clinic defaults to the one the user acts for. */
record RegisterPatientRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID patientId,
        @Schema(description = "Defaults to the clinic of X-Clinic-Id") @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}")
                String clinicId,
        @NotNull @Valid PersonNameInput name,
        @NotNull LocalDate dateOfBirth,
        Sex sex,
        @Valid ContactInput contact) {

    RegisterPatient toCommand(PatientId id, RequestMetadata metadata) {
        return new RegisterPatient(
                id,
                ClinicId.of(clinicId == null ? metadata.clinicId() : clinicId),
                name.toName(),
                dateOfBirth,
                sex,
                contact == null ? null : contact.toContact());
    }
}
