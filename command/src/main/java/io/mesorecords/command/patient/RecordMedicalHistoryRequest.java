package io.mesorecords.command.patient;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.patient.RecordMedicalHistory;
import io.mesorecords.command.http.ScoreInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A screening: medical history, skin examination and goals, as of the screening date. */
record RecordMedicalHistoryRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID screeningId,
        @NotNull LocalDate screenedOn,
        @NotNull Boolean pregnant,
        @NotNull Boolean breastfeeding,
        Set<@NotNull Ingredient> allergies,
        Set<@NotNull TreatmentArea> activeInfections,
        @Size(max = 4000) String conditions,
        @Size(max = 4000) String medications,
        @Valid ScoreInput fitzpatrick,
        @Valid ScoreInput glogau,
        @Size(max = 4000) String goals,
        @Size(max = 4000) String skinRoutine) {

    RecordMedicalHistory toCommand(PatientId patientId, ScreeningId id) {
        return new RecordMedicalHistory(
                patientId,
                id,
                screenedOn,
                pregnant,
                breastfeeding,
                allergies,
                activeInfections,
                conditions,
                medications,
                ScoreInput.toScoreOrNull(fitzpatrick),
                ScoreInput.toScoreOrNull(glogau),
                goals,
                skinRoutine);
    }
}
