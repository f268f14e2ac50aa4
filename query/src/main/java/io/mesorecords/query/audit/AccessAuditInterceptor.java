package io.mesorecords.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before an {@link AuditedRead} handler runs: notes who reads what and why for {@link AccessAuditFilter}, then refuses
 * the read when the actor or purpose headers are invalid (the refusal is logged with the fields that were valid).
 */
class AccessAuditInterceptor implements HandlerInterceptor {

    private static final Pattern PARAMETER_VALUE = Pattern.compile("[A-Za-z0-9:.+-]{1,64}");

    private final ReadActor.Defaults defaults;

    AccessAuditInterceptor(ReadActor.Defaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(AuditedRead.class)) {
            return true;
        }
        if (request.getAttribute(AccessAuditFilter.FILTERED) == null) {
            throw new IllegalStateException(
                    "An audited read outside the paths AccessAuditFilter covers: " + request.getRequestURI());
        }
        AuditedRead read = method.getMethodAnnotation(AuditedRead.class);
        String purposeHeader = request.getHeader(PendingAccess.PURPOSE_OF_USE);
        Optional<PurposeOfUse> purpose =
                purposeHeader == null ? Optional.of(PurposeOfUse.DEFAULT) : PurposeOfUse.parse(purposeHeader);
        ReadActor actor = null;
        AccessRefused refused = null;
        try {
            actor = ReadActor.of(request, defaults);
        } catch (AccessRefused invalid) {
            refused = invalid;
        }
        if (refused == null && purpose.isEmpty()) {
            refused = AccessRefused.invalidPurpose();
        }
        request.setAttribute(
                PendingAccess.ATTRIBUTE,
                new PendingAccess(
                        read.action(),
                        actor,
                        purpose.orElse(null),
                        request.getRemoteAddr(),
                        patientId(request),
                        read.object(),
                        request.getRequestURI(),
                        objectQuery(request, read.parameters()),
                        checked(request.getHeader(PendingAccess.CORRELATION_ID))));
        if (refused != null) {
            throw refused;
        }
        return true;
    }

    private static String patientId(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get("patientId");
        try {
            return value == null ? null : UUID.fromString(value).toString();
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String objectQuery(HttpServletRequest request, String[] parameters) {
        StringJoiner query = new StringJoiner("&");
        for (String name : parameters) {
            String value = request.getParameter(name);
            if (value != null) {
                query.add(name + "=" + (PARAMETER_VALUE.matcher(value).matches() ? value : "(invalid)"));
            }
        }
        return query.length() == 0 ? null : query.toString();
    }

    private static String checked(String header) {
        return header != null && ReadActor.HEADER_VALUE.matcher(header).matches() ? header : null;
    }
}
