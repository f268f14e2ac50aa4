package io.mesorecords.query.http;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which clinics a reader may see. A patient of another clinic is answered exactly as an unknown one (404, by the
 * endpoint's own not-found problem); a read that names another clinic (a schedule, a report filter) is refused 403
 * {@code access.not-a-member}. The clinic a patient read concerned is noted on the request for the access log.
 */
public final class ClinicAccess {

    /** Request attribute: the clinic of the patient a read concerned, for the access log. */
    public static final String ACCESSED_CLINIC = ClinicAccess.class.getName() + ".ACCESSED_CLINIC";

    private ClinicAccess() {}

    /** Whether the reader may see a record of this clinic; notes the clinic for the access log either way. */
    public static boolean mayRead(HttpServletRequest request, Actor reader, ClinicId clinicId) {
        if (clinicId != null) {
            request.setAttribute(ACCESSED_CLINIC, clinicId.value());
        }
        return clinicId != null && reader.memberOf(clinicId.value());
    }

    /** Refuses a read that names a clinic the reader is not a member of. */
    public static void requireMember(Actor reader, ClinicId clinicId) {
        if (!reader.memberOf(clinicId.value())) {
            throw new NotAMember("You are not a member of clinic " + clinicId.value());
        }
    }

    /** The reader's clinics; refused when they belong to none. */
    public static Set<ClinicId> clinicsOf(Actor reader) {
        if (reader.clinics().isEmpty()) {
            throw new NotAMember("You belong to no clinic");
        }
        return reader.clinics().stream().map(ClinicId::of).collect(Collectors.toUnmodifiableSet());
    }

    /** The clinic noted for the access log, if the read concerned an existing patient. */
    public static Optional<String> accessedClinic(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ACCESSED_CLINIC));
    }

    /** 403 {@code access.not-a-member}. */
    public static final class NotAMember extends ReadProblem {
        public NotAMember(String detail) {
            super(SecurityProblems.NOT_A_MEMBER.status(), SecurityProblems.NOT_A_MEMBER.code(), detail);
        }
    }
}
