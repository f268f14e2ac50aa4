package io.mesorecords.platform.security;

import jakarta.servlet.ServletException;
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
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /dev/token} with {@code {"username": "...", "password": "..."}}: a bearer token for a configured
 * development user, with the claims a production authorization server would send ({@code sub}, {@code roles}, {@code
 * clinics}). An unknown user and a wrong password get the same answer, after the same work.
 *
 * <p>A functional route rather than a controller, so that no component scan of {@code io.mesorecords} can pick it up
 * outside the development mode: only {@link DevelopmentSignInConfiguration} routes to it.
 */
public final class DevelopmentSignIn {

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

    ServerResponse token(ServerRequest request) throws ServletException, IOException {
        SignInRequest credentials = request.body(SignInRequest.class);
        SecuritySettings.DevelopmentUser user =
                credentials.username() == null ? null : settings.users().get(credentials.username());
        String password = credentials.password() == null ? "" : credentials.password();
        boolean matches = passwords.matches(password, user == null ? noSuchUser : user.password());
        if (user == null || !matches) {
            return ServerResponse.status(SecurityProblems.SIGN_IN_FAILED.status())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("WWW-Authenticate", "Bearer")
                    .body(SecurityProblems.SIGN_IN_FAILED.body(request.path(), "Unknown user or wrong password"));
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
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .body(new TokenAnswer(token, "Bearer", settings.tokenLifetime().toSeconds()));
    }
}
