package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.ERASURE_OVERRIDE_NOT_PERMITTED;
import static io.mesorecords.api.common.Rejection.ERASURE_OVERRIDE_REASON_MISSING;
import static io.mesorecords.api.common.Rejection.ERASURE_RETENTION_NOT_OVER;

import java.time.LocalDate;

/**
 * Personal data is kept for the legal retention period after the last treatment; only an administrator, with a reason,
 * may erase it earlier (e.g. a court order).
 */
final class Retention {

    static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Retention() {}

    static LocalDate retentionEndsOn(LocalDate lastTreatment, int retentionYears) {
        return lastTreatment.plusYears(retentionYears);
    }

    static void assertOverrideReasoned(boolean administratorOverride, String overrideReason) {
        if (administratorOverride && (overrideReason == null || overrideReason.isBlank())) {
            throw new RuleViolation(
                    ERASURE_OVERRIDE_REASON_MISSING,
                    "An administrator override of the retention period needs a reason.");
        }
    }

    /** Only an administrator may cut the retention period short; the HTTP edge checks it too. */
    static void assertOverrideByAdministrator(boolean administratorOverride, String role) {
        if (administratorOverride && !ADMINISTRATOR.equals(role)) {
            throw new RuleViolation(
                    ERASURE_OVERRIDE_NOT_PERMITTED, "Only an administrator may override the retention period.");
        }
    }

    static void assertRetentionOver(LocalDate retentionEndsOn, LocalDate today, boolean administratorOverride) {
        if (!administratorOverride && today.isBefore(retentionEndsOn)) {
            throw new RuleViolation(
                    ERASURE_RETENTION_NOT_OVER, "The personal data must be kept until " + retentionEndsOn + ".");
        }
    }
}
