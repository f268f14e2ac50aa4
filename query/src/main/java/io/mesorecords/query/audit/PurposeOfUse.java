package io.mesorecords.query.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a record is read, from header {@code X-Purpose-Of-Use}: a closed list after HL7's PurposeOfUse vocabulary (the
 * code each maps to is in docs/security.md). {@link #TREATMENT} when the header is absent.
 */
public enum PurposeOfUse {
    TREATMENT,
    EMERGENCY_TREATMENT,
    CLINIC_OPERATIONS,
    QUALITY_IMPROVEMENT,
    AUDIT,
    LEGAL,
    PATIENT_REQUEST;

    static final PurposeOfUse DEFAULT = TREATMENT;

    static Optional<PurposeOfUse> parse(String header) {
        return Arrays.stream(values()).filter(p -> p.name().equals(header)).findFirst();
    }
}
