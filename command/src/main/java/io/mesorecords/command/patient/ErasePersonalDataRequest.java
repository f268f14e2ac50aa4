package io.mesorecords.command.patient;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.ErasePersonalData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Erases identifying data; before the retention period ends only with an administrator's override and reason. */
record ErasePersonalDataRequest(@NotNull Boolean administratorOverride, @Size(max = 2000) String overrideReason) {

    ErasePersonalData toCommand(PatientId patientId) {
        return new ErasePersonalData(patientId, administratorOverride, overrideReason);
    }
}
