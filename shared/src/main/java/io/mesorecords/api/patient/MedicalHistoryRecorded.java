package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.common.ScreeningId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A screening was recorded; the latest screening is the one in force. */
@Revision("1")
public record MedicalHistoryRecorded(
        PatientId patientId,
        ScreeningId screeningId,
        LocalDate screenedOn,
        boolean pregnant,
        boolean breastfeeding,
        Set<Ingredient> allergies,
        Set<TreatmentArea> activeInfections,
        @PersonalData String conditions,
        @PersonalData String medications,
        Score fitzpatrick,
        Score glogau,
        @PersonalData String goals,
        @PersonalData String skinRoutine)
        implements PatientEvent {
    public MedicalHistoryRecorded {
        allergies = Immutable.sortedSet(allergies);
        activeInfections = Immutable.sortedSet(activeInfections);
    }
}
