package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.CorrectEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Corrects fields of an earlier entry; a missing reason is the record's rule to refuse, not the edge's. */
record CorrectEntryRequest(
        @NotNull @Valid EntryInput entry,
        @NotEmpty Map<@NotBlank @Size(max = 100) String, @Size(max = 4000) String> correctedValues,
        @Size(max = 2000) String reason) {

    /** The entry corrected: its type and id (the patient id for the patient itself). */
    record EntryInput(@NotNull EntryType type, @NotBlank @Size(max = 64) String id) {}

    CorrectEntry toCommand(PatientId patientId) {
        return new CorrectEntry(patientId, new EntryReference(entry.type(), entry.id()), correctedValues, reason);
    }
}
