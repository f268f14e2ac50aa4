package io.mesorecords.api.history;

import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What holds for the patient now. Name, date of birth and contact are absent once personal data was erased.
 * The current screening is the latest one recorded.
 */
public record PatientSummary(
        ClinicId clinicId,
        PersonName name,
        LocalDate dateOfBirth,
        Sex sex,
        Contact contact,
        boolean personalDataErased,
        MedicalHistoryRecorded currentScreening,
        Set<Ingredient> allergies,
        List<Contraindication> activeContraindications,
        List<ConsentState> consents,
        List<CourseHistory> courses) {
    public PatientSummary {
        allergies = Immutable.sortedSet(allergies);
        activeContraindications = Immutable.list(activeContraindications);
        consents = Immutable.list(consents);
        courses = Immutable.list(courses);
    }
}
