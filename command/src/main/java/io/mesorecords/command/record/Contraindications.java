package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.CONTRAINDICATION_ALLERGY;
import static io.mesorecords.api.common.Rejection.CONTRAINDICATION_BREASTFEEDING;
import static io.mesorecords.api.common.Rejection.CONTRAINDICATION_INFECTION;
import static io.mesorecords.api.common.Rejection.CONTRAINDICATION_NO_TREATMENT_CONSENT;
import static io.mesorecords.api.common.Rejection.CONTRAINDICATION_PREGNANCY;
import static io.mesorecords.api.common.Rejection.COURSE_SCREENING_OUTDATED;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.TreatmentArea;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Whether the patient may be treated with these ingredients in these areas, judged on the screening in force: the
 * contraindications of mesotherapy (pregnancy, breastfeeding, allergy to an ingredient, infection in the area) and the
 * patient's consent to treatment.
 */
final class Contraindications {

    private Contraindications() {}

    static void assertNoContraindication(
            Screening screening,
            Consents consents,
            Collection<Ingredient> ingredients,
            Collection<TreatmentArea> areas) {
        assertNotPregnant(screening);
        assertNotBreastfeeding(screening);
        assertNoAllergyTo(screening, ingredients);
        assertNoInfectionIn(screening, areas);
        assertTreatmentConsented(consents);
    }

    static void assertScreenedRecently(Screening screening, LocalDate day, int validityDays) {
        LocalDate oldestAccepted = day.minusDays(validityDays);
        if (screening == null || screening.screenedOn().isBefore(oldestAccepted)) {
            throw new RuleViolation(
                    COURSE_SCREENING_OUTDATED,
                    "The patient has no screening in the " + validityDays + " days before " + day + ".");
        }
    }

    static void assertNotPregnant(Screening screening) {
        if (screening != null && screening.pregnant()) {
            throw new RuleViolation(CONTRAINDICATION_PREGNANCY, "The patient is pregnant.");
        }
    }

    static void assertNotBreastfeeding(Screening screening) {
        if (screening != null && screening.breastfeeding()) {
            throw new RuleViolation(CONTRAINDICATION_BREASTFEEDING, "The patient is breastfeeding.");
        }
    }

    static void assertNoAllergyTo(Screening screening, Collection<Ingredient> ingredients) {
        Set<Ingredient> allergies = screening == null ? Set.of() : screening.allergiesAmong(ingredients);
        if (!allergies.isEmpty()) {
            throw new RuleViolation(CONTRAINDICATION_ALLERGY, "The patient is allergic to " + allergies + ".");
        }
    }

    static void assertNoInfectionIn(Screening screening, Collection<TreatmentArea> areas) {
        Set<TreatmentArea> infected = screening == null ? Set.of() : screening.infectionsTouching(areas);
        if (!infected.isEmpty()) {
            throw new RuleViolation(
                    CONTRAINDICATION_INFECTION, "The patient has an active infection in " + infected + ".");
        }
    }

    static void assertTreatmentConsented(Consents consents) {
        if (!consents.has(ConsentScope.TREATMENT)) {
            throw new RuleViolation(
                    CONTRAINDICATION_NO_TREATMENT_CONSENT, "The patient has not consented to treatment.");
        }
    }
}
