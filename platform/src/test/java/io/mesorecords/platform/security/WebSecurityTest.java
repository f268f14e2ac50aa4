package io.mesorecords.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class WebSecurityTest {

    @Test
    void corsAnswersNoOriginUnlessConfigured() {
        MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/patients");
        assertThat(WebSecurity.cors(List.of()).getCorsConfiguration(request)).isNull();
        assertThat(WebSecurity.cors(List.of("https://desk.clinic.example"))
                        .getCorsConfiguration(request)
                        .getAllowedOrigins())
                .containsExactly("https://desk.clinic.example");
    }

    @Test
    void theDevelopmentSignInRunsOnlyOnTheEmbeddedDefault() {
        DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/mesorecords"));
        DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(new MockEnvironment());
        assertThatThrownBy(() -> DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db/mesorecords?password=secret")))
                .hasMessageContaining("jdbc:postgresql://db/mesorecords")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(
                        new MockEnvironment().withProperty("axon.axonserver.enabled", "true")))
                .hasMessageContaining("Axon Server");
        MockEnvironment axonServerProfile = new MockEnvironment();
        axonServerProfile.setActiveProfiles("axonserver");
        assertThatThrownBy(() -> DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(axonServerProfile))
                .hasMessageContaining("Axon Server");
    }

    @Test
    void theActorComesFromTheTokensClaimsNestedOrNot() {
        ActorTokenConverter keycloak = new ActorTokenConverter(
                new SecuritySettings.Claims("preferred_username", "realm_access.roles", "clinics"), 0);
        Jwt token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claim("preferred_username", "dr-lena")
                .claim("realm_access", Map.of("roles", List.of("practitioner", "offline_access", "front-desk")))
                .claim("clinics", "clinic-a clinic-b")
                .build();

        Actor actor = (Actor) keycloak.convert(token).getPrincipal();

        assertThat(actor.userId()).isEqualTo("dr-lena");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.FRONT_DESK);
        assertThat(actor.clinics()).containsExactly("clinic-a", "clinic-b");
        assertThat(actor.actingRole(Set.of(Role.FRONT_DESK, Role.PRACTITIONER))).hasValue(Role.PRACTITIONER);
        assertThat(actor.actingRole(Set.of(Role.ANALYST))).isEmpty();
    }

    @Test
    void aRememberedConversionGivesEachRequestItsOwnAuthenticationAndARefusedTokenIsRefusedEveryTime() {
        ActorTokenConverter converter =
                new ActorTokenConverter(new SecuritySettings.Claims("sub", "roles", "clinics"), 10);
        Jwt token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claim("sub", "dr-lena")
                .claim("roles", List.of("practitioner"))
                .claim("clinics", List.of("clinic-a"))
                .build();

        var first = converter.convert(token);
        var second = converter.convert(token);

        // Spring Security sets details on the authentication of each request: never one object for two requests.
        assertThat(second).isNotSameAs(first);
        // The same token object (as VerifiedTokens hands out) is read once; an equal token of its own is read again.
        assertThat(second.getPrincipal()).isSameAs(first.getPrincipal());
        Jwt sameClaims = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(claims -> claims.putAll(token.getClaims()))
                .build();
        assertThat(converter.convert(sameClaims).getPrincipal())
                .isEqualTo(first.getPrincipal())
                .isNotSameAs(first.getPrincipal());
        assertThat(second.getAuthorities()).containsExactly(new SimpleGrantedAuthority("ROLE_PRACTITIONER"));
        assertThat(second.getCredentials()).isSameAs(token);

        Jwt withoutUser = Jwt.withTokenValue("u")
                .header("alg", "RS256")
                .claim("roles", List.of("practitioner"))
                .build();
        assertThatThrownBy(() -> converter.convert(withoutUser)).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(withoutUser)).isInstanceOf(InvalidBearerTokenException.class);
    }
}
