package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.RecordConsent;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The patient gave consent for a scope, at a clinical moment. */
record RecordConsentRequest(@NotNull ConsentScope scope, @NotNull Instant givenAt) {

    RecordConsent toCommand(PatientId patientId) {
        return new RecordConsent(patientId, scope, givenAt);
    }
}
