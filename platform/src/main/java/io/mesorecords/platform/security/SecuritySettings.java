package io.mesorecords.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mesorecords.security.*}: how requests are authenticated and what the edge lets through.
 *
 * @param mode {@code jwt} (production: tokens of an OAuth2 authorization server, verified with the keys set under
 *     {@code spring.security.oauth2.resourceserver.jwt.*}) or {@code development} (the embedded default's own sign-in,
 *     refused with PostgreSQL or Axon Server)
 * @param claims where the token names the user, their roles and their clinics
 * @param corsAllowedOrigins browser origins allowed to call the API; none unless configured
 * @param publicApiDocs whether the OpenAPI description and Swagger UI answer without a token
 * @param development the development sign-in
 * @param verifiedTokens how many verified tokens this process remembers until they expire, so a client's next request
 *     with the same token skips the signature check; 0 verifies every request
 */
@ConfigurationProperties("mesorecords.security")
public record SecuritySettings(
        @DefaultValue("jwt") Mode mode,
        @DefaultValue Claims claims,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue("true") boolean publicApiDocs,
        @DefaultValue Development development,
        @DefaultValue("10000") int verifiedTokens) {

    public enum Mode {
        JWT,
        DEVELOPMENT
    }

    /**
     * @param user claim holding the user id
     * @param roles claim holding the roles, a dotted path for nested claims
     * @param clinics claim holding the clinics the user belongs to
     */
    public record Claims(
            @DefaultValue("sub") String user,
            @DefaultValue("roles") String roles,
            @DefaultValue("clinics") String clinics) {}

    /**
     * @param users who may sign in, by user id
     * @param tokenLifetime how long a development token is valid
     */
    public record Development(Map<String, DevelopmentUser> users, @DefaultValue("8h") Duration tokenLifetime) {
        public Development {
            users = users == null ? Map.of() : Map.copyOf(users);
        }
    }

    /**
     * @param password the password, in Spring Security's encoded form ({@code {bcrypt}...}, or {@code {noop}...} for
     *     development only)
     */
    public record DevelopmentUser(String password, List<String> roles, List<String> clinics) {
        public DevelopmentUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            clinics = clinics == null ? List.of() : List.copyOf(clinics);
        }
    }
}
