package io.mesorecords.query.audit;

import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.EndpointRoles;
import io.mesorecords.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before an {@link AuditedRead} handler runs, and before the endpoint's role check: notes who (the authenticated
 * actor, in the role the endpoint admits them in) reads what and why for {@link AccessAuditFilter}, then refuses the
 * read when the purpose header is invalid (the refusal is logged with the fields that were valid). A read the role
 * check then refuses is logged with the refusal.
 */
class AccessAuditInterceptor implements HandlerInterceptor {

    private static final Pattern PARAMETER_VALUE = Pattern.compile("[A-Za-z0-9:.+-]{1,64}");

    private static final Pattern HEADER_VALUE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

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
        Actor actor = Actor.current().orElse(null);
        AccessRefused refused = purpose.isEmpty() ? AccessRefused.invalidPurpose() : null;
        request.setAttribute(
                PendingAccess.ATTRIBUTE,
                new PendingAccess(
                        read.action(),
                        actor,
                        actor == null ? null : roleOf(actor, method),
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

    /** The role the endpoint admits the actor in, or else all the actor's roles (the read will be refused). */
    private static String roleOf(Actor actor, HandlerMethod method) {
        List<Role> allowed = EndpointRoles.ruleOf(method).orElse(List.of());
        return actor.actingRole(allowed)
                .map(Role::name)
                .orElseGet(() -> actor.roles().stream().map(Role::name).collect(Collectors.joining(",")));
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
        return header != null && HEADER_VALUE.matcher(header).matches() ? header : null;
    }
}
