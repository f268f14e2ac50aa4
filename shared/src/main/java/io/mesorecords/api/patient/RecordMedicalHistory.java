package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ScreeningId;
import java.time.LocalDate;
import java.util.Set;

/** Records a screening: medical history, skin examination and goals, as of the screening date. */
public record RecordMedicalHistory(
        PatientId patientId,
        ScreeningId screeningId,
        LocalDate screenedOn,
        boolean pregnant,
        boolean breastfeeding,
        Set<Ingredient> allergies,
        Set<TreatmentArea> activeInfections,
        String conditions,
        String medications,
        Score fitzpatrick,
        Score glogau,
        String goals,
        String skinRoutine)
        implements PatientCommand {
    public RecordMedicalHistory {
        allergies = Immutable.sortedSet(allergies);
        activeInfections = Immutable.sortedSet(activeInfections);
    }
}
