package io.mesorecords.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token} with {@code {"username": "...", "password": "..."}}: a bearer token for a configured
 * development user, with the claims a production authorization server would send ({@code sub}, {@code roles}, {@code
 * clinics}). An unknown user and a wrong password get the same answer, after the same work.
 */
@RestController
public class DevelopmentSignIn {

    public static final String PATH = "/dev/token";

    private final SecuritySettings.Development settings;
    private final JwtEncoder encoder;
    private final PasswordEncoder passwords;
    private final Clock clock;
    // Compared against when the user is unknown, so that both refusals cost one password check.
    private final String noSuchUser;

    DevelopmentSignIn(
            SecuritySettings.Development settings, JwtEncoder encoder, PasswordEncoder passwords, Clock clock) {
        this.settings = settings;
        this.encoder = encoder;
        this.passwords = passwords;
        this.clock = clock;
        this.noSuchUser = passwords.encode(UUID.randomUUID().toString());
    }

    /** The credentials of a development user. */
    public record SignInRequest(String username, String password) {}

    /** An OAuth2-style token answer. */
    public record TokenAnswer(String access_token, String token_type, long expires_in) {}

    @PublicEndpoint
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public TokenAnswer token(
            @RequestBody SignInRequest credentials, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecuritySettings.DevelopmentUser user =
                credentials.username() == null ? null : settings.users().get(credentials.username());
        String password = credentials.password() == null ? "" : credentials.password();
        boolean matches = passwords.matches(password, user == null ? noSuchUser : user.password());
        if (user == null || !matches) {
            SecurityProblems.SIGN_IN_FAILED.write(request, response, "Unknown user or wrong password");
            return null;
        }
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(DevelopmentSignInConfiguration.ISSUER)
                .subject(credentials.username())
                .issuedAt(now)
                .expiresAt(now.plus(settings.tokenLifetime()))
                .claim("roles", user.roles())
                .claim("clinics", user.clinics())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return new TokenAnswer(token, "Bearer", settings.tokenLifetime().toSeconds());
    }
}
