package io.mesorecords.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified JWT into an {@link Actor}: the user from the user claim ({@code sub}), roles and clinics from their
 * claims. A claim name may be a dotted path ({@code realm_access.roles} for Keycloak); its value a list of strings or
 * one string of space- or comma-separated values. Roles the backend does not know are ignored; a token without a usable
 * user id is refused (401).
 */
final class ActorTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Conversions remembered while their token lives, by the token's identity; null when none are. */
    private final Cache<Jwt, Conversion> converted;

    private final SecuritySettings.Claims claims;

    /**
     * @param remembered how many tokens' conversions to remember: {@link VerifiedTokens} hands out the same
     *     {@link Jwt} for every request that sends a token it remembers, so the claims are read once per token rather
     *     than on every request (about 4% of a read's CPU, docs/benchmarks.md, round 8); 0 for none.
     */
    ActorTokenConverter(SecuritySettings.Claims claims, int remembered) {
        this.claims = claims;
        this.converted = remembered <= 0
                ? null
                : Caffeine.newBuilder().weakKeys().maximumSize(remembered).build();
    }

    /** The actor and the authorities of its roles, the same for every request with that token. */
    private record Conversion(Actor actor, List<GrantedAuthority> authorities) {}

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        // A token that is refused throws before anything is remembered, and is refused again next time.
        Conversion conversion = converted == null ? conversion(jwt) : converted.get(jwt, this::conversion);
        // A new authentication per request: Spring Security sets details on it.
        return new ActorAuthentication(conversion.actor(), conversion.authorities(), jwt);
    }

    private Conversion conversion(Jwt jwt) {
        List<String> user = values(jwt.getClaims(), claims.user());
        if (user.size() != 1 || !Actor.ID.matcher(user.get(0)).matches()) {
            throw new InvalidBearerTokenException(
                    "The token's " + claims.user() + " claim must be one id of 1 to 128 letters, digits or . _ : @ -");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(jwt.getClaims(), claims.roles()).forEach(name -> Role.parse(name).ifPresent(roles::add));
        Set<String> clinics = new TreeSet<>(values(jwt.getClaims(), claims.clinics()));
        if (!clinics.stream().allMatch(clinic -> Actor.ID.matcher(clinic).matches())) {
            throw new InvalidBearerTokenException("Every clinic in the token's " + claims.clinics()
                    + " claim must be an id of 1 to 128 letters, " + "digits or . _ : @ -");
        }
        Actor actor = new Actor(user.get(0), roles, new TreeSet<>(clinics));
        return new Conversion(actor, ActorAuthentication.authoritiesOf(actor));
    }

    static List<String> values(Map<String, Object> claimSet, String path) {
        Object value = claimSet;
        for (String segment : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(segment);
        }
        if (value instanceof String text) {
            return List.of(text.split("[\\s,]+")).stream()
                    .filter(part -> !part.isEmpty())
                    .toList();
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }
}
