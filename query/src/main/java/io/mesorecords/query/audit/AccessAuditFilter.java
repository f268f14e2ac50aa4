package io.mesorecords.query.audit;

import io.mesorecords.query.http.ClinicAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes the access-log entry of every {@link AuditedRead} request once its status is final, and only then releases
 * the answer: the body is held back until the entry is stored, and a read that cannot be logged is answered 503
 * {@code audit.unavailable} instead (fail closed). The clock is read here, once per audited read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AccessAuditFilter extends OncePerRequestFilter {

    static final String FILTERED = AccessAuditFilter.class.getName() + ".FILTERED";

    private static final Logger log = LoggerFactory.getLogger(AccessAuditFilter.class);

    private final AccessLog accessLog;
    private final Clock clock;
    private final HandlerExceptionResolver problems;

    AccessAuditFilter(
            AccessLog accessLog,
            ObjectProvider<Clock> clock,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.accessLog = accessLog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/patients/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(FILTERED, Boolean.TRUE);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            PendingAccess pending = pending(request);
            if (pending != null) {
                // Logged as a server error; the failure itself still reaches the container's error handling.
                tryAppend(request, pending, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
            throw failure;
        }
        PendingAccess pending = pending(request);
        if (pending == null && isRefusal(answer.getStatus())) {
            // Refused before any handler was chosen: no or an invalid token. Logged without a user.
            pending = unauthenticated(request);
        }
        if (pending != null && !tryAppend(request, pending, answer.getStatus())) {
            response.reset();
            problems.resolveException(request, response, null, AccessRefused.auditUnavailable());
            return;
        }
        answer.copyBodyToResponse();
    }

    private static PendingAccess pending(HttpServletRequest request) {
        return (PendingAccess) request.getAttribute(PendingAccess.ATTRIBUTE);
    }

    private static boolean isRefusal(int status) {
        return status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN;
    }

    private static PendingAccess unauthenticated(HttpServletRequest request) {
        return new PendingAccess(
                AccessAction.R,
                null,
                null,
                null,
                request.getRemoteAddr(),
                null,
                "request",
                request.getRequestURI().length() > 512
                        ? request.getRequestURI().substring(0, 512)
                        : request.getRequestURI(),
                null,
                null);
    }

    private boolean tryAppend(HttpServletRequest request, PendingAccess pending, int status) {
        try {
            // The log keeps microseconds (PostgreSQL's precision); the hash covers what is stored.
            accessLog.append(pending.complete(
                    status, clock.instant().truncatedTo(ChronoUnit.MICROS), ClinicAccess.accessedClinic(request)));
            return true;
        } catch (RuntimeException failure) {
            log.error("Access-log entry not written; the read is refused", failure);
            return false;
        }
    }
}
