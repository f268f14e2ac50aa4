package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.PersonName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The patient's name as sent at registration. */
record PersonNameInput(@NotBlank @Size(max = 200) String given, @NotBlank @Size(max = 200) String family) {

    PersonName toName() {
        return new PersonName(given, family);
    }
}
