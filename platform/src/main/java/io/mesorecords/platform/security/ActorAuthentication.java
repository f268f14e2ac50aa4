package io.mesorecords.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified token and the {@link Actor} it names. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final transient Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        this(actor, authoritiesOf(actor), token);
    }

    ActorAuthentication(Actor actor, List<GrantedAuthority> authorities, Jwt token) {
        super(authorities);
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    static List<GrantedAuthority> authoritiesOf(Actor actor) {
        return actor.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.userId();
    }
}
