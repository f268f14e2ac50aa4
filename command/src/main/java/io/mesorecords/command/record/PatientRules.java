package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.CONSENT_NOT_GIVEN;
import static io.mesorecords.api.common.Rejection.PATIENT_AGE_OVER_120;
import static io.mesorecords.api.common.Rejection.PATIENT_DATE_OF_BIRTH_IN_FUTURE;
import static io.mesorecords.api.common.Rejection.PATIENT_ERASED;
import static io.mesorecords.api.common.Rejection.SCREENING_DATE_IN_FUTURE;

import io.mesorecords.api.clinical.ConsentScope;
import java.time.LocalDate;
import java.time.Period;

/** Rules about the patient as a person: registration, screening dates, consents, erasure. */
final class PatientRules {

    static final int MAXIMUM_AGE_YEARS = 120;

    private PatientRules() {}

    static void assertBornInThePast(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new RuleViolation(
                    PATIENT_DATE_OF_BIRTH_IN_FUTURE, "The date of birth " + dateOfBirth + " is in the future.");
        }
    }

    static void assertAgeAtMost120(LocalDate dateOfBirth, LocalDate today) {
        if (Period.between(dateOfBirth, today).getYears() > MAXIMUM_AGE_YEARS) {
            throw new RuleViolation(
                    PATIENT_AGE_OVER_120, "A date of birth of " + dateOfBirth + " makes the patient older than 120.");
        }
    }

    static void assertScreeningNotInFuture(LocalDate screenedOn, LocalDate today) {
        if (screenedOn.isAfter(today)) {
            throw new RuleViolation(
                    SCREENING_DATE_IN_FUTURE, "The screening date " + screenedOn + " is in the future.");
        }
    }

    static void assertConsentGiven(Consents consents, ConsentScope scope) {
        if (!consents.has(scope)) {
            throw new RuleViolation(CONSENT_NOT_GIVEN, "The patient has not given consent for " + scope + ".");
        }
    }

    static void assertNotErased(boolean erased) {
        if (erased) {
            throw new RuleViolation(
                    PATIENT_ERASED, "The patient's personal data was erased; the record takes no more entries.");
        }
    }
}
