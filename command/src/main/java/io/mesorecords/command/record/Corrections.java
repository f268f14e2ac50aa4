package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.CORRECTION_ENTRY_NOT_FOUND;
import static io.mesorecords.api.common.Rejection.CORRECTION_FIELD_NOT_CORRECTABLE;
import static io.mesorecords.api.common.Rejection.CORRECTION_REASON_MISSING;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A correction points at an existing entry, says why, and touches only descriptive fields: whatever a safety rule
 * decides on (pregnancy, allergies, infections, consents, products, lots, depth, times, statuses) is changed by a new
 * entry of its own, never by a correction.
 */
final class Corrections {

    static final Map<EntryType, Set<String>> CORRECTABLE_FIELDS = Map.of(
            EntryType.PATIENT, Set.of("givenName", "familyName", "email", "phone", "sex"),
            EntryType.SCREENING, Set.of("conditions", "medications", "goals", "skinRoutine"),
            EntryType.COURSE, Set.of("indications"),
            EntryType.SESSION, Set.of("notes", "anaesthetic", "durationMinutes"),
            EntryType.REACTION, Set.of("notes"),
            EntryType.ASSESSMENT, Set.of("rater", "assessedAt"));

    private Corrections() {}

    static void assertReasonGiven(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(CORRECTION_REASON_MISSING, "A correction must say why it is made.");
        }
    }

    static void assertEntryExists(EntryReference entry, boolean exists) {
        if (!exists) {
            throw new RuleViolation(
                    CORRECTION_ENTRY_NOT_FOUND,
                    "There is no " + entry.type() + " entry " + entry.id() + " to correct.");
        }
    }

    static void assertOnlyCorrectableFields(EntryType type, Set<String> fields) {
        Set<String> refused = new TreeSet<>(fields);
        refused.removeAll(CORRECTABLE_FIELDS.get(type));
        if (fields.isEmpty() || !refused.isEmpty()) {
            throw new RuleViolation(
                    CORRECTION_FIELD_NOT_CORRECTABLE,
                    "Of a " + type + " entry only " + new TreeSet<>(CORRECTABLE_FIELDS.get(type)) + " may be corrected"
                            + (refused.isEmpty() ? "" : ", not " + refused) + ".");
        }
    }
}
