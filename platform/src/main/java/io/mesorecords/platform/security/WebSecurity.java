package io.mesorecords.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call the API, for both sides: every request but health, the API description and the development sign-in
 * needs a verified bearer token (OAuth2 resource server, JWT); actuator endpoints beyond health need the administrator
 * role; each endpoint of the backend then admits only the roles its {@link AllowedRoles} names ({@link
 * EndpointRoles}). Stateless: no session, no cookie, so no CSRF token either. CORS is closed unless origins are
 * configured, and every answer carries the hardening headers.
 */
@AutoConfiguration(
        afterName = "io.mesorecords.platform.security.DevelopmentSignInConfiguration",
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class WebSecurity {

    /** Runs after every other interceptor of the default order, such as the read side's access audit. */
    static final int ENDPOINT_ROLES_ORDER = 100;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
            + "'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * None of Spring Security's own observations. {@code management.observations.enable.spring.security=false} only
     * makes them no-ops: Spring Security still wrapped every filter of the chain, the authentication and the
     * authorization in an observing decorator, about 3% of the request threads' CPU (docs/benchmarks.md, round 18). With
     * these settings it does not wrap them; {@code http.server.requests} still times every request.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain mesorecordsSecurityFilterChain(
            HttpSecurity http, SecuritySettings settings, ObjectProvider<JwtDecoder> decoders) throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException(
                    "mesorecords.security.mode=" + settings.mode().name().toLowerCase()
                            + " needs the keys of an OAuth2 authorization server: set "
                            + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri, or public-key-location). "
                            + "Only the embedded default may use mesorecords.security.mode=development instead.");
        }
        AuthenticationEntryPoint unauthenticated = WebSecurity::unauthenticated;
        AccessDeniedHandler denied = (request, response, failure) ->
                SecurityProblems.ROLE_NOT_PERMITTED.write(request, response, "Not permitted for your roles");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .cors(cors -> cors.configurationSource(cors(settings.corsAllowedOrigins())))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                            .permitAll();
                    requests.requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMINISTRATOR.name());
                    if (settings.publicApiDocs()) {
                        requests.requestMatchers(
                                        HttpMethod.GET,
                                        "/v3/api-docs",
                                        "/v3/api-docs/**",
                                        "/swagger-ui.html",
                                        "/swagger-ui/**")
                                .permitAll();
                    }
                    if (settings.mode() == SecuritySettings.Mode.DEVELOPMENT) {
                        requests.requestMatchers(HttpMethod.POST, DevelopmentSignIn.PATH)
                                .permitAll();
                    }
                    requests.requestMatchers("/error").permitAll();
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(VerifiedTokens.remembering(decoder, settings.verifiedTokens()))
                                        .jwtAuthenticationConverter(
                                                new ActorTokenConverter(settings.claims(), settings.verifiedTokens())))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    WebMvcConfigurer endpointRolesInterceptor() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EndpointRoles()).order(ENDPOINT_ROLES_ORDER);
            }
        };
    }

    private static void unauthenticated(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof OAuth2AuthenticationException invalid) {
            String description = invalid.getError().getDescription();
            SecurityProblems.INVALID_TOKEN.write(
                    request, response, description == null ? "The bearer token was refused" : description);
        } else {
            SecurityProblems.UNAUTHENTICATED.write(
                    request, response, "Send a bearer token: Authorization: Bearer <token>");
        }
    }

    static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowedOrigins);
            configuration.setAllowedMethods(List.of("GET", "POST"));
            configuration.setAllowedHeaders(List.of(
                    "Authorization",
                    "Content-Type",
                    "If-Match",
                    "Idempotency-Key",
                    "X-Correlation-Id",
                    "X-Purpose-Of-Use"));
            configuration.setExposedHeaders(List.of("ETag", "Location", "X-Correlation-Id", "Retry-After"));
            configuration.setAllowCredentials(false);
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }
}
