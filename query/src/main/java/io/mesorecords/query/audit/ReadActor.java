package io.mesorecords.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who reads: <strong>a development stand-in</strong> read from {@code X-User-Id}, {@code X-User-Role} and {@code
 * X-Clinic-Id}, with the same rules and defaults as the write side's edge. The authentication issue replaces it with
 * the authenticated principal; until then anyone can claim any identity, and the access log records the claim.
 */
record ReadActor(String userId, String role, String clinicId) {

    static final String USER_ID = "X-User-Id";
    static final String USER_ROLE = "X-User-Role";
    static final String CLINIC_ID = "X-Clinic-Id";

    static final Pattern HEADER_VALUE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    /** The development defaults, shared with the write side's {@code mesorecords.http.*} settings. */
    @ConfigurationProperties("mesorecords.http")
    record Defaults(
            @DefaultValue("dev-user") String defaultUserId,
            @DefaultValue("PRACTITIONER") String defaultRole,
            @DefaultValue("dev-clinic") String defaultClinicId) {}

    /** Throws {@link AccessRefused} naming the first header that breaks the rules. */
    static ReadActor of(HttpServletRequest request, Defaults defaults) {
        return new ReadActor(
                header(request, USER_ID, defaults.defaultUserId()),
                header(request, USER_ROLE, defaults.defaultRole()),
                header(request, CLINIC_ID, defaults.defaultClinicId()));
    }

    private static String header(HttpServletRequest request, String name, String developmentDefault) {
        String value = request.getHeader(name);
        if (value == null) {
            return developmentDefault;
        }
        if (!HEADER_VALUE.matcher(value).matches()) {
            throw AccessRefused.invalidHeader(name);
        }
        return value;
    }
}
