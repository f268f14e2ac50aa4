package io.mesorecords.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens for tests, as an authorization server would sign them: an RSA key made once per test JVM, whose public half
 * the application under test trusts either as a {@link JwtDecoder} bean ({@link Decoder}, for slices) or through {@code
 * spring.security.oauth2.resourceserver.jwt.public-key-location} ({@link #properties()}, for whole applications).
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test/mesorecords";

    private static final RSAKey KEY = generate();
    private static final JwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));
    private static Path publicKeyFile;

    private TestTokens() {}

    /** A signed token for this user, valid for an hour. */
    public static String token(String userId, Collection<Role> roles, Collection<String> clinics) {
        return token(
                userId,
                roles.stream().map(Role::name).toList(),
                clinics,
                Instant.now().plus(Duration.ofHours(1)));
    }

    /** A signed token with raw role names and an explicit expiry, for tests of the token handling itself. */
    public static String token(String userId, List<String> roles, Collection<String> clinics, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(userId)
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt)
                .claim("roles", roles)
                .claim("clinics", List.copyOf(clinics))
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    /** {@code Bearer <token>} for a user of one role at one clinic, named after both ({@code practitioner@clinic}). */
    public static String bearer(Role role, String clinic) {
        return "Bearer " + token(userOf(role, clinic), List.of(role), List.of(clinic));
    }

    /** {@code Bearer <token>} for this user, roles and clinics. */
    public static String bearer(String userId, Collection<Role> roles, Collection<String> clinics) {
        return "Bearer " + token(userId, roles, clinics);
    }

    /** The user id {@link #bearer(Role, String)} signs for. */
    public static String userOf(Role role, String clinic) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + clinic;
    }

    /** Makes this actor the authenticated user of the current thread, for tests that call code behind the filters. */
    public static void actAs(String userId, Collection<Role> roles, Collection<String> clinics) {
        Actor actor = new Actor(userId, java.util.EnumSet.copyOf(roles), new java.util.TreeSet<>(clinics));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new ActorAuthentication(actor, null));
    }

    /** Forgets the user {@link #actAs} set. */
    public static void forgetActor() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** Settings under which a whole application trusts these tokens (JWT mode, this key). */
    public static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mesorecords.security.mode", "jwt");
        properties.put(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                publicKeyFile().toUri().toString());
        return properties;
    }

    /** {@link #properties()} as {@code key=value} pairs. */
    public static String[] propertyPairs() {
        return properties().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    /** A decoder that trusts these tokens. */
    public static JwtDecoder decoder() {
        try {
            return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        } catch (com.nimbusds.jose.JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** For test slices: the application trusts these tokens. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {
        @Bean
        JwtDecoder testTokensJwtDecoder() {
            return decoder();
        }
    }

    private static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("mesorecords-test-issuer", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(KEY.toRSAPublicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            } catch (com.nimbusds.jose.JOSEException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return publicKeyFile;
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("test")
                    .build();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
