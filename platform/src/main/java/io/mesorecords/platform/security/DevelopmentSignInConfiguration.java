package io.mesorecords.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The embedded default's development sign-in ({@code mesorecords.security.mode=development}): users from {@code
 * mesorecords.security.development.users} exchange their password for a token at {@code POST /dev/token}, signed with
 * an RSA key made at start-up and held only in memory (tokens die with the process), and verified like any other JWT.
 *
 * <p>It refuses to start anywhere but on the embedded H2 database without Axon Server: a PostgreSQL or Axon Server
 * configuration is a shared deployment, and those authenticate against a real authorization server.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "mesorecords.security.mode", havingValue = "development")
@EnableConfigurationProperties(SecuritySettings.class)
public class DevelopmentSignInConfiguration {

    static final String ISSUER = "mesorecords-development";

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSignInConfiguration.class);

    private final RSAKey key;

    DevelopmentSignInConfiguration(Environment environment, SecuritySettings settings) {
        refuseOutsideEmbeddedDefault(environment);
        this.key = generateKey();
        log.warn(
                "Development sign-in is on: {} configured user(s) get tokens at POST {}. Never use it with patient data;"
                        + " production sets mesorecords.security.mode=jwt and an OAuth2 issuer.",
                settings.development().users().size(),
                DevelopmentSignIn.PATH);
    }

    @Bean
    JwtDecoder developmentJwtDecoder() throws Exception {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER)));
        return decoder;
    }

    @Bean
    RouterFunction<ServerResponse> developmentSignInRoute(SecuritySettings settings, ObjectProvider<Clock> clock) {
        DevelopmentSignIn signIn = new DevelopmentSignIn(
                settings.development(),
                new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                clock.getIfAvailable(Clock::systemUTC));
        return RouterFunctions.route()
                .POST(DevelopmentSignIn.PATH, RequestPredicates.contentType(MediaType.APPLICATION_JSON), signIn::token)
                .build();
    }

    /** Throws when the configuration is not the embedded default: H2, and no Axon Server. */
    static void refuseOutsideEmbeddedDefault(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, false)
                || Arrays.asList(environment.getActiveProfiles()).contains("axonserver");
        boolean embedded = url.isEmpty() || url.startsWith("jdbc:h2:");
        if (!embedded || axonServer) {
            throw new IllegalStateException("mesorecords.security.mode=development is the embedded default's sign-in "
                    + "and refuses to start with " + (axonServer ? "Axon Server" : "the database " + redacted(url))
                    + ". Set mesorecords.security.mode=jwt and point "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri at your authorization server.");
        }
    }

    private static String redacted(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    private static RSAKey generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has RSA", impossible);
        }
    }
}
