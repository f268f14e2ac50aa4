package io.mesorecords.command.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Resolves under which correlation id, when and against which version a request acts, once, before anything else reads
 * it, authentication included (so that its refusals carry the correlation id too). The clock is read here and nowhere
 * else on the write side. Who acts is the authenticated user's business: see {@link RequestMetadataArgumentResolver}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestMetadataFilter extends OncePerRequestFilter {

    private static final Pattern HEADER_VALUE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private final Clock clock;
    private final HandlerExceptionResolver problems;

    RequestMetadataFilter(Clock clock, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(EdgeHeaders.CORRELATION_ID);
        boolean correlationIdValid =
                correlationId == null || HEADER_VALUE.matcher(correlationId).matches();
        if (correlationId == null || !correlationIdValid) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(EdgeHeaders.CORRELATION_ID, correlationId);
        try {
            if (!correlationIdValid) {
                throw invalidHeader(EdgeHeaders.CORRELATION_ID);
            }
            request.setAttribute(
                    RequestEdge.ATTRIBUTE,
                    new RequestEdge(
                            correlationId, clock.instant(), expectedVersion(request.getHeader(HttpHeaders.IF_MATCH))));
        } catch (EdgeRequestRefused refused) {
            problems.resolveException(request, response, null, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    // Only a single strong tag as issued in ETag, or "*" (any version); a weak tag cannot guard a write (RFC 9110).
    private static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        var tag = STRONG_VERSION_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new EdgeRequestRefused(
                    EdgeProblem.INVALID_IF_MATCH, "If-Match must be one version tag as sent in ETag, such as \"3\"");
        }
        return Optional.of(Long.parseLong(tag.group(1)));
    }

    private static EdgeRequestRefused invalidHeader(String name) {
        return new EdgeRequestRefused(
                EdgeProblem.INVALID_HEADER, name + " must be 1 to 128 letters, digits or . _ : @ -");
    }
}
