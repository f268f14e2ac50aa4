package io.mesorecords.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * For tests outside this package: the {@link Actor} the backend makes of a verified token under given claim settings,
 * through the very converter the resource server uses ({@link ActorTokenConverter}, package-private).
 */
public final class ActorTokens {

    private ActorTokens() {}

    /** The actor of this token; a token the converter refuses throws as it would on a request (401). */
    public static Actor actorOf(Jwt jwt, SecuritySettings.Claims claims) {
        return (Actor) new ActorTokenConverter(claims, 0).convert(jwt).getPrincipal();
    }
}
