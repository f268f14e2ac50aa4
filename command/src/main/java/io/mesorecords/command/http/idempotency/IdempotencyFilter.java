package io.mesorecords.command.http.idempotency;

import io.mesorecords.command.http.EdgeHeaders;
import io.mesorecords.command.http.EdgeProblem;
import io.mesorecords.command.http.EdgeProperties;
import io.mesorecords.command.http.EdgeRequestRefused;
import io.mesorecords.command.http.RequestBodyTooLarge;
import io.mesorecords.command.http.RequestEdge;
import io.mesorecords.platform.security.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST retried with the same {@code Idempotency-Key} gets the first answer back and sends no command; the same key
 * on a different request is refused. Answers of 5xx are not kept, so that a retry after a server failure runs again.
 *
 * <p>Keys are the user's own: the filter runs after authentication and stores each key scoped to the authenticated
 * user (a hash of user and key), so that one user's key can neither replay nor block another user's answer.
 */
@Component
@Order(IdempotencyFilter.ORDER)
class IdempotencyFilter extends OncePerRequestFilter {

    /** After Spring Security's filter chain (order -100), which authenticates the user. */
    static final int ORDER = -90;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Duration retention;
    private final HandlerExceptionResolver problems;

    IdempotencyFilter(
            IdempotencyStore store,
            EdgeProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.store = store;
        this.retention = properties.idempotencyKeyRetention();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(EdgeHeaders.IDEMPOTENCY_KEY) == null
                || Actor.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientKey = request.getHeader(EdgeHeaders.IDEMPOTENCY_KEY);
        BufferedRequest buffered;
        try {
            if (!KEY.matcher(clientKey).matches()) {
                throw new EdgeRequestRefused(
                        EdgeProblem.INVALID_IDEMPOTENCY_KEY,
                        "Idempotency-Key must be 1 to 255 visible ASCII characters");
            }
            buffered = BufferedRequest.of(request);
        } catch (EdgeRequestRefused | RequestBodyTooLarge refused) {
            problems.resolveException(request, response, null, refused);
            return;
        }
        String key = scoped(Actor.required().userId(), clientKey);
        Instant now = RequestEdge.of(request).recordedAt();
        Optional<IdempotencyRecord> holder = store.claim(key, buffered.fingerprint(), now, now.plus(retention));
        if (holder.isPresent()) {
            answerFromHolder(holder.get(), buffered, request, response);
            return;
        }
        run(key, buffered, response, chain);
    }

    /**
     * A command not decided in time (503 {@code command.timeout}) may still be recorded: running it again under the same
     * key could record it twice, so its answer is kept and replayed like any other, and the client reads the record.
     */
    private static final int OUTCOME_UNKNOWN = HttpServletResponse.SC_SERVICE_UNAVAILABLE;

    private void run(String key, BufferedRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recording);
        } catch (ServletException | IOException | RuntimeException failure) {
            store.release(key);
            throw failure;
        }
        if (recording.getStatus() >= 500 && recording.getStatus() != OUTCOME_UNKNOWN) {
            store.release(key);
        } else {
            store.complete(
                    key,
                    new StoredAnswer(
                            recording.getStatus(),
                            recording.getHeader(HttpHeaders.LOCATION),
                            recording.getHeader(HttpHeaders.ETAG),
                            recording.getContentType(),
                            recording.getContentAsByteArray()));
        }
        recording.copyBodyToResponse();
    }

    private void answerFromHolder(
            IdempotencyRecord holder,
            BufferedRequest buffered,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!holder.fingerprint().equals(buffered.fingerprint())) {
            problems.resolveException(
                    request,
                    response,
                    null,
                    new EdgeRequestRefused(
                            EdgeProblem.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used for a different request; use a new key"));
            return;
        }
        if (holder.isInProgress()) {
            problems.resolveException(
                    request,
                    response,
                    null,
                    new EdgeRequestRefused(
                            EdgeProblem.IDEMPOTENCY_IN_PROGRESS,
                            "The first request with this Idempotency-Key is still running; retry later"));
            return;
        }
        replay(holder.answer().orElseThrow(), response);
    }

    /** The key as stored: SHA-256 of the user id and the client's key, in hex. */
    static String scoped(String userId, String clientKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(userId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(clientKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.eTag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.eTag());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(EdgeHeaders.IDEMPOTENT_REPLAYED, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
