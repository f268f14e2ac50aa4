package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.CORRECTION_ENTRY_NOT_FOUND;
import static io.mesorecords.api.common.Rejection.CORRECTION_FIELD_NOT_CORRECTABLE;
import static io.mesorecords.api.common.Rejection.CORRECTION_REASON_MISSING;

import io.mesorecords.api.clinical.CorrectableField;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import java.util.Set;
import java.util.TreeSet;

/**
 * A correction points at an existing entry, says why, and touches only the descriptive fields listed in the contract
 * ({@link CorrectableField}): whatever a safety rule decides on is changed by a new entry of its own.
 */
final class Corrections {

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
        refused.removeAll(CorrectableField.keysOf(type));
        if (fields.isEmpty() || !refused.isEmpty()) {
            throw new RuleViolation(
                    CORRECTION_FIELD_NOT_CORRECTABLE,
                    "Of a " + type + " entry only " + new TreeSet<>(CorrectableField.keysOf(type)) + " may be corrected"
                            + (refused.isEmpty() ? "" : ", not " + refused) + ".");
        }
    }
}
