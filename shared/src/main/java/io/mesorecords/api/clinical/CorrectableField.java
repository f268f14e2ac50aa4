package io.mesorecords.api.clinical;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields a correction may change, per kind of entry: the keys of {@code EntryCorrected.correctedValues}. Only
 * descriptive fields: whatever a safety rule decides on (pregnancy, allergies, infections, consents, products, lots,
 * depth, times, statuses) is changed by a new entry of its own, never by a correction. The write side refuses any
 * other key; readers may rely on no other key ever occurring.
 */
public enum CorrectableField {
    PATIENT_GIVEN_NAME(EntryType.PATIENT, "givenName"),
    PATIENT_FAMILY_NAME(EntryType.PATIENT, "familyName"),
    PATIENT_EMAIL(EntryType.PATIENT, "email"),
    PATIENT_PHONE(EntryType.PATIENT, "phone"),
    PATIENT_SEX(EntryType.PATIENT, "sex"),
    SCREENING_CONDITIONS(EntryType.SCREENING, "conditions"),
    SCREENING_MEDICATIONS(EntryType.SCREENING, "medications"),
    SCREENING_GOALS(EntryType.SCREENING, "goals"),
    SCREENING_SKIN_ROUTINE(EntryType.SCREENING, "skinRoutine"),
    /** {@link Indication} names separated by commas, e.g. {@code FINE_WRINKLES,PHOTOAGEING}: the whole new set. */
    COURSE_INDICATIONS(EntryType.COURSE, "indications"),
    SESSION_NOTES(EntryType.SESSION, "notes"),
    SESSION_ANAESTHETIC(EntryType.SESSION, "anaesthetic"),
    SESSION_DURATION_MINUTES(EntryType.SESSION, "durationMinutes"),
    REACTION_NOTES(EntryType.REACTION, "notes"),
    /** A {@link Rater} name. */
    ASSESSMENT_RATER(EntryType.ASSESSMENT, "rater"),
    /** An ISO-8601 instant, e.g. {@code 2025-03-28T11:00:00Z}. */
    ASSESSMENT_ASSESSED_AT(EntryType.ASSESSMENT, "assessedAt");

    private final EntryType entryType;
    private final String key;

    CorrectableField(EntryType entryType, String key) {
        this.entryType = entryType;
        this.key = key;
    }

    public EntryType entryType() {
        return entryType;
    }

    /** The key in {@code correctedValues}. */
    public String key() {
        return key;
    }

    /** The keys a correction of that kind of entry may hold. */
    public static Set<String> keysOf(EntryType entryType) {
        return Arrays.stream(values())
                .filter(field -> field.entryType == entryType)
                .map(CorrectableField::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<CorrectableField> of(EntryType entryType, String key) {
        return Arrays.stream(values())
                .filter(field -> field.entryType == entryType && field.key.equals(key))
                .findFirst();
    }
}
