package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.PATIENT_NOT_FOUND;

import java.util.Arrays;

/**
 * A record exists only for the users of its clinic: to anyone else it answers exactly as an unknown patient id does,
 * so that not even its existence leaks across clinics.
 */
public final class ClinicMembership {

    /** The detail of every "no such patient" answer, whether the id is unknown or belongs to another clinic. */
    public static final String NO_SUCH_PATIENT = "There is no patient record with this id";

    private ClinicMembership() {}

    /**
     * @param clinicId the record's clinic
     * @param actorClinics the clinics of the user, comma-separated, as the edge puts them in the command's metadata
     */
    static void assertMemberOf(String clinicId, Object actorClinics) {
        boolean member = clinicId != null
                && actorClinics instanceof String clinics
                && Arrays.asList(clinics.split(",")).contains(clinicId);
        if (!member) {
            throw new RuleViolation(PATIENT_NOT_FOUND, NO_SUCH_PATIENT);
        }
    }
}
