package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How to reach the patient, as sent at registration. */
record ContactInput(@Email @Size(max = 254) String email, @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}") String phone) {

    Contact toContact() {
        return new Contact(email, phone);
    }
}
