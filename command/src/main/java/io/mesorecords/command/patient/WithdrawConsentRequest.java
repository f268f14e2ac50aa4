package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.WithdrawConsent;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The patient withdrew the consent for the scope named in the path. */
record WithdrawConsentRequest(@NotNull Instant withdrawnAt) {

    WithdrawConsent toCommand(PatientId patientId, ConsentScope scope) {
        return new WithdrawConsent(patientId, scope, withdrawnAt);
    }
}
