package io.mesorecords.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens it has verified, by their exact text, until they expire. A client sends
 * the same token with every request for as long as it lives; checking its RSA signature each time was a tenth of the
 * CPU of a command (docs/benchmarks.md, round 4). Only tokens the delegate accepted are remembered, only while their
 * {@code exp} lies ahead (a token without one is never remembered), and a remembered token past its {@code exp} is
 * handed to the delegate again, which refuses it. Bounded: the least recently used go first.
 *
 * <p>What this changes: a token stays accepted until its {@code exp} even if the authorization server stops publishing
 * the key that signed it. Bearer tokens cannot be revoked at a resource server anyway (nothing here asks the
 * authorization server about a token), so the lifetime of the tokens it issues is the bound, as before.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder delegate, int capacity, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeLeft(jwt)))
                .build();
    }

    /** The delegate itself when nothing is to be remembered. */
    static JwtDecoder remembering(JwtDecoder delegate, int capacity) {
        return capacity <= 0 ? delegate : new VerifiedTokens(delegate, capacity, Clock.systemUTC());
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration lifeLeft(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
