package io.mesorecords.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request reach a backend endpoint only in a role the endpoint's {@link AllowedRoles} names, and notes that
 * role as the one the user acts in. Deny by default: an endpoint of the backend without a rule answers nobody.
 * Endpoints of libraries (the OpenAPI description, error pages) are left to the security filter chain.
 */
public final class EndpointRoles implements HandlerInterceptor {

    static final String ACTING_ROLE = EndpointRoles.class.getName() + ".ACTING_ROLE";

    private static final String OWN_PACKAGE = "io.mesorecords.";

    private static final Map<Endpoint, Optional<List<Role>>> RULES = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !isOwn(method)) {
            return true;
        }
        Optional<List<Role>> allowed = ruleOf(method);
        if (allowed.isEmpty()) {
            SecurityProblems.NO_RULE.write(request, response, "This endpoint has no access rule and answers nobody");
            return false;
        }
        Optional<Actor> actor = Actor.current();
        if (actor.isEmpty()) {
            SecurityProblems.UNAUTHENTICATED.write(request, response, "Send a bearer token");
            return false;
        }
        Optional<Role> acting = actor.get().actingRole(allowed.get());
        if (acting.isEmpty()) {
            SecurityProblems.ROLE_NOT_PERMITTED.write(
                    request,
                    response,
                    "This endpoint answers " + names(allowed.get().stream()) + "; your roles: "
                            + (actor.get().roles().isEmpty() ? "none" : names(actor.get().roles().stream())));
            return false;
        }
        request.setAttribute(ACTING_ROLE, acting.get());
        return true;
    }

    /** The role the user acts in on this request, once {@link EndpointRoles} let it through. */
    public static Role actingRole(HttpServletRequest request) {
        Object role = request.getAttribute(ACTING_ROLE);
        if (role == null) {
            throw new IllegalStateException("EndpointRoles did not admit this request: " + request.getRequestURI());
        }
        return (Role) role;
    }

    /**
     * The roles an endpoint of the backend allows, or empty when it has no rule. Looked up once per handler method and
     * controller: the annotation search was about 2% of a read's CPU when made on every request (docs/benchmarks.md,
     * round 8). The map holds one entry per endpoint.
     */
    public static Optional<List<Role>> ruleOf(HandlerMethod method) {
        return RULES.computeIfAbsent(new Endpoint(method.getMethod(), method.getBeanType()), EndpointRoles::findRule);
    }

    private static Optional<List<Role>> findRule(Endpoint endpoint) {
        AllowedRoles rule = AnnotatedElementUtils.findMergedAnnotation(endpoint.method(), AllowedRoles.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(endpoint.beanType(), AllowedRoles.class);
        }
        return rule == null ? Optional.empty() : Optional.of(List.of(rule.value()));
    }

    private record Endpoint(Method method, Class<?> beanType) {}

    /** Whether the endpoint is the backend's own (and so needs a rule) rather than a library's. */
    public static boolean isOwn(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(OWN_PACKAGE);
    }

    private static String names(Stream<Role> roles) {
        return roles.map(Role::name).collect(Collectors.joining(", "));
    }
}
