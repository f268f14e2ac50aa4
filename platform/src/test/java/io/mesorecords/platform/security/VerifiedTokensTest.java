package io.mesorecords.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> verifications = new ArrayList<>();

    /** Accepts "good-*" tokens expiring at NOW + 5 min ("eternal-*" without exp); refuses the rest and expired ones. */
    private final JwtDecoder issuer = token -> {
        verifications.add(token);
        if (token.startsWith("eternal-")) {
            return jwt(token, null);
        }
        if (!token.startsWith("good-") || !clock.instant().isBefore(NOW.plus(Duration.ofMinutes(5)))) {
            throw new BadJwtException("refused: " + token);
        }
        return jwt(token, NOW.plus(Duration.ofMinutes(5)));
    };

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWhileItLives() {
        JwtDecoder decoder = new VerifiedTokens(issuer, 100, clock);

        Jwt first = decoder.decode("good-a");
        clock.advance(Duration.ofMinutes(4));
        Jwt second = decoder.decode("good-a");

        assertThat(second).isSameAs(first);
        assertThat(verifications).containsExactly("good-a");
    }

    @Test
    void anExpiredTokenGoesBackToTheIssuersCheckAndIsRefused() {
        JwtDecoder decoder = new VerifiedTokens(issuer, 100, clock);
        decoder.decode("good-a");

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> decoder.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("good-a", "good-a");
    }

    @Test
    void refusedTokensAndTokensWithoutExpiryAreNeverRemembered() {
        JwtDecoder decoder = new VerifiedTokens(issuer, 100, clock);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
            decoder.decode("eternal-a");
        }

        assertThat(verifications).containsExactly("forged", "eternal-a", "forged", "eternal-a");
    }

    @Test
    void tokensAreRememberedByTheirExactText() {
        JwtDecoder decoder = new VerifiedTokens(issuer, 100, clock);

        decoder.decode("good-a");
        decoder.decode("good-b");
        assertThatThrownBy(() -> decoder.decode("good-a ")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("good-a", "good-b", "good-a ");
    }

    @Test
    void capacityZeroVerifiesEveryRequest() {
        assertThat(VerifiedTokens.remembering(issuer, 0)).isSameAs(issuer);
        assertThat(VerifiedTokens.remembering(issuer, 10)).isInstanceOf(VerifiedTokens.class);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        if (token.endsWith(" ")) {
            throw new BadJwtException("malformed");
        }
        Jwt.Builder builder = Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("dr-lena")
                .issuedAt(NOW);
        return expiresAt == null
                ? builder.build()
                : builder.expiresAt(expiresAt).build();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
