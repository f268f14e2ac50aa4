package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.ActorTokens;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.SecuritySettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker compose up} authenticates against the Keycloak it starts; checked here without Docker, from the files
 * themselves: {@code docker-compose.yml}, the realm import {@code deploy/keycloak/mesorecords-realm.json} and the README
 * section that tells how to get a token. Every service built from the image verifies tokens of the realm (keys fetched
 * inside the network, issuer and audience checked); the realm has exactly the backend's roles, demo users with a role
 * and a clinic, and the client the README names; the claims the services read are the claims the client's mappers
 * write. Last, a token shaped as that client would issue it, for each demo user, goes through Spring Boot's decoder
 * configured from the compose environment and the backend's own claim converter, and comes out as that user's actor.
 */
class DockerComposeSecurityTest {

    private static final String KEYCLOAK = "keycloak";
    private static final String KEYCLOAK_PORT = "8080";
    private static final String IMPORT_DIRECTORY = "/opt/keycloak/data/import";
    private static final String REALM_FILE = "deploy/keycloak/mesorecords-realm.json";
    /** Bound as Boot binds the process environment: only a source of this name gets relaxed names for variables. */
    private static final String COMPOSE_ENVIRONMENT = "docker-compose-systemEnvironment";

    private static Path root;
    private static Map<String, Object> services;
    private static Map<String, Object> realm;
    private static String readmeSection;

    @BeforeAll
    static void readFiles() throws IOException {
        root = projectRoot();
        Map<String, Object> compose = map(new Yaml().load(Files.readString(root.resolve("docker-compose.yml"))));
        services = map(compose.get("services"));
        realm = map(JsonMapper.builder().build().readValue(Files.readString(root.resolve(REALM_FILE)), Map.class));
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("## Running on Axon Server\n");
        assertThat(start).as("README section Running on Axon Server").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        readmeSection = end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    @Test
    void keycloakImportsTheRealmAndPinsTheIssuer() {
        Map<String, Object> keycloak = map(services.get(KEYCLOAK));
        assertThat(text(keycloak.get("image"))).matches("quay\\.io/keycloak/keycloak:\\d+\\.\\d+\\.\\d+");
        assertThat(list(keycloak.get("command"))).contains("start-dev", "--import-realm");
        assertThat(list(keycloak.get("volumes"))).contains("./deploy/keycloak:" + IMPORT_DIRECTORY + ":ro");
        assertThat(root.resolve(REALM_FILE)).isRegularFile();
        assertThat(map(keycloak.get("healthcheck"))).containsKey("test");

        Map<String, String> environment = environment(keycloak);
        assertThat(environment).containsEntry("KC_HEALTH_ENABLED", "true");
        assertThat(environment).containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        URI hostname = URI.create(environment.get("KC_HOSTNAME"));
        assertThat(hostname.getScheme()).isEqualTo("http");
        assertThat(hostname.getHost()).isEqualTo("localhost");
        assertThat(hostname.getPath()).isEmpty();
        assertThat(list(keycloak.get("ports")))
                .as("Keycloak published on the port of its hostname")
                .contains(hostname.getPort() + ":" + KEYCLOAK_PORT);
    }

    @Test
    void everyServiceVerifiesTokensOfTheRealmAndWaitsForKeycloak() {
        String realmName = text(realm.get("realm"));
        String hostname = environment(map(services.get(KEYCLOAK))).get("KC_HOSTNAME");
        Map<String, Map<String, Object>> backend = backendServices();
        assertThat(backend).containsKeys("command-1", "command-2", "query-1", "query-2");
        backend.forEach((name, service) -> {
            Map<String, String> environment = environment(service);
            assertThat(environment)
                    .as(name)
                    .containsEntry(
                            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
                            "http://" + KEYCLOAK + ":" + KEYCLOAK_PORT + "/realms/" + realmName
                                    + "/protocol/openid-connect/certs")
                    .containsEntry(
                            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", hostname + "/realms/" + realmName);
            assertThat(environment.getOrDefault("MESORECORDS_SECURITY_MODE", "jwt"))
                    .as(name)
                    .isEqualToIgnoringCase("jwt");
            assertThat(map(map(service.get("depends_on")).get(KEYCLOAK)))
                    .as(name + " starts once Keycloak is healthy")
                    .containsEntry("condition", "service_healthy");
        });
    }

    @Test
    void theRealmDefinesExactlyTheBackendsRoles() {
        List<String> names = list(map(realm.get("roles")).get("realm")).stream()
                .map(role -> text(map(role).get("name")))
                .toList();
        assertThat(names).hasSize(Role.values().length);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(
                Role.parse(name).orElseThrow(() -> new AssertionError("not a role of the backend: " + name))));
        assertThat(roles).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void everyDemoUserHasARoleAClinicAndWhatThePasswordGrantNeeds() {
        List<Map<String, Object>> users = users();
        assertThat(users).isNotEmpty();
        for (Map<String, Object> user : users) {
            String username = text(user.get("username"));
            assertThat(user.get("enabled")).as(username).isEqualTo(true);
            assertThat(Actor.ID.matcher(username).matches())
                    .as(username + " is a valid user id")
                    .isTrue();
            assertThat(rolesOf(user)).as(username + "'s roles").isNotEmpty();
            assertThat(clinicsOf(user)).as(username + "'s clinics").isNotEmpty().allSatisfy(clinic -> assertThat(
                            Actor.ID.matcher(clinic).matches())
                    .as(clinic)
                    .isTrue());
            // A profile lacking a required attribute, or a pending action, refuses the password grant.
            assertThat(user).as(username).containsKeys("email", "firstName", "lastName");
            assertThat(user.get("emailVerified")).as(username).isEqualTo(true);
            assertThat(list(user.getOrDefault("requiredActions", List.of())))
                    .as(username)
                    .isEmpty();
            List<Object> credentials = list(user.get("credentials"));
            assertThat(credentials).as(username).hasSize(1);
            assertThat(map(credentials.get(0)))
                    .as(username)
                    .containsEntry("type", "password")
                    .containsEntry("temporary", false);
        }
        for (Role role : Role.values()) {
            assertThat(users)
                    .as("a user of role " + role + " at clinic-amsterdam")
                    .anySatisfy(user -> {
                        assertThat(rolesOf(user)).containsExactly(role);
                        assertThat(clinicsOf(user)).containsExactly("clinic-amsterdam");
                    });
        }
        assertThat(users).as("a practitioner at clinic-rotterdam").anySatisfy(user -> {
            assertThat(rolesOf(user)).containsExactly(Role.PRACTITIONER);
            assertThat(clinicsOf(user)).containsExactly("clinic-rotterdam");
        });
    }

    @Test
    void theReadmeGetsTokensFromTheRealmsClientAsItsDemoUsers() {
        Matcher endpoint = Pattern.compile("(http://[a-z0-9.:]+)/realms/([A-Za-z0-9_-]+)/protocol/openid-connect/token")
                .matcher(readmeSection);
        assertThat(endpoint.find()).as("token endpoint in the README").isTrue();
        assertThat(endpoint.group(1))
                .isEqualTo(environment(map(services.get(KEYCLOAK))).get("KC_HOSTNAME"));
        assertThat(endpoint.group(2)).isEqualTo(realm.get("realm"));
        assertThat(readmeSection).contains("grant_type=password");

        Map<String, Object> client = client(single("client_id=([A-Za-z0-9_-]+)"));
        assertThat(client.get("enabled")).isEqualTo(true);
        assertThat(client.get("publicClient")).isEqualTo(true);
        assertThat(client.get("directAccessGrantsEnabled")).isEqualTo(true);

        String password = single("password=([A-Za-z0-9_-]+)");
        Matcher rows = Pattern.compile("\\| `([A-Za-z0-9._@-]+)` \\| ([a-z_-]+) \\| `([A-Za-z0-9._:@-]+)` \\|")
                .matcher(readmeSection);
        List<Map<String, Object>> users = users();
        Set<String> listed = new TreeSet<>();
        while (rows.find()) {
            String username = rows.group(1);
            listed.add(username);
            Map<String, Object> user = users.stream()
                    .filter(candidate -> username.equals(candidate.get("username")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("README names a user the realm lacks: " + username));
            assertThat(rolesOf(user))
                    .as(username)
                    .containsExactly(Role.parse(rows.group(2)).orElseThrow());
            assertThat(clinicsOf(user)).as(username).containsExactly(rows.group(3));
            assertThat(map(list(user.get("credentials")).get(0)))
                    .as(username + "'s password is the README's")
                    .containsEntry("value", password);
        }
        assertThat(listed)
                .as("the README lists every demo user")
                .isEqualTo(
                        users.stream().map(user -> text(user.get("username"))).collect(Collectors.toSet()));
    }

    @Test
    void theClaimsTheServicesReadAreTheClaimsTheRealmsClientWrites() {
        Map<String, Object> client = client(single("client_id=([A-Za-z0-9_-]+)"));
        List<Map<String, Object>> mappers = list(client.get("protocolMappers")).stream()
                .map(DockerComposeSecurityTest::map)
                .toList();
        backendServices().forEach((name, service) -> {
            Map<String, String> environment = environment(service);
            SecuritySettings.Claims claims = settings(environment).claims();

            Map<String, Object> user = mapperWriting(mappers, claims.user());
            assertThat(user.get("protocolMapper")).as(name).isEqualTo("oidc-usermodel-property-mapper");
            assertThat(map(user.get("config"))).as(name).containsEntry("user.attribute", "username");

            Map<String, Object> roles = mapperWriting(mappers, claims.roles());
            assertThat(roles.get("protocolMapper")).as(name).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(map(roles.get("config"))).as(name).containsEntry("multivalued", "true");

            Map<String, Object> clinics = mapperWriting(mappers, claims.clinics());
            assertThat(clinics.get("protocolMapper")).as(name).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(map(clinics.get("config")))
                    .as(name)
                    .containsEntry("user.attribute", "clinics")
                    .containsEntry("multivalued", "true");

            String audiences = environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES");
            if (audiences != null) {
                assertThat(mappers)
                        .as(name + ": a mapper adds an audience the service accepts")
                        .anySatisfy(mapper -> {
                            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
                            assertThat(List.of(audiences.split(",")))
                                    .contains(text(map(mapper.get("config")).get("included.custom.audience")));
                        });
            }
        });
        // Keycloak 24+ keeps only attributes its user profile declares: clinics must be one, with several values.
        Map<String, Object> provider =
                map(list(map(realm.get("components")).get("org.keycloak.userprofile.UserProfileProvider"))
                        .get(0));
        assertThat(provider).containsEntry("providerId", "declarative-user-profile");
        String profile = strings(map(provider.get("config")).get("kc.user.profile.config"))
                .get(0);
        Map<String, Object> declared =
                list(map(JsonMapper.builder().build().readValue(profile, Map.class))
                                .get("attributes"))
                        .stream()
                        .map(DockerComposeSecurityTest::map)
                        .filter(attribute -> "clinics".equals(attribute.get("name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the user profile declares no attribute clinics"));
        assertThat(declared).containsEntry("multivalued", true);
        assertThat(map(declared.get("permissions")).get("edit"))
                .as("users cannot choose their own clinics")
                .isEqualTo(List.of("admin"));
    }

    @Test
    void aTokenAsTheRealmIssuesItBecomesTheDemoUsersActor() throws Exception {
        String realmName = text(realm.get("realm"));
        String certsPath = "/realms/" + realmName + "/protocol/openid-connect/certs";
        RSAKey key = rsaKey();
        AtomicInteger keyRequests = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext(certsPath, exchange -> {
            keyRequests.incrementAndGet();
            byte[] body = new JWKSet(key).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        keycloak.start();
        try {
            Map<String, Map<String, Object>> backend = backendServices();
            Map<String, Object> environment = new LinkedHashMap<>(environment(backend.get("command-1")));
            backend.values().forEach(service -> assertThat(environment(service)).isEqualTo(environment));
            // The compose network's keycloak:8080 is this test's server; everything else as the services get it.
            String jwkSetUri = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI";
            assertThat(URI.create(text(environment.get(jwkSetUri))).getPath()).isEqualTo(certsPath);
            environment.put(
                    jwkSetUri, "http://127.0.0.1:" + keycloak.getAddress().getPort() + certsPath);
            String issuer = text(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"));
            SecuritySettings.Claims claims = settings(stringValues(environment)).claims();
            Map<String, Object> client = client(single("client_id=([A-Za-z0-9_-]+)"));
            JwtEncoder keycloakSigns = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));

            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
                    .withInitializer(context -> context.getEnvironment()
                            .getPropertySources()
                            .addFirst(new SystemEnvironmentPropertySource(COMPOSE_ENVIRONMENT, environment)))
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        // Not the issuer-uri decoder, which would ask http://localhost:8180 for discovery.
                        JwtDecoder decoder = context.getBean(JwtDecoder.class);
                        assertThat(decoder).isInstanceOf(NimbusJwtDecoder.class);

                        for (Map<String, Object> user : users()) {
                            Map<String, Object> issued = keycloakClaims(client, user, issuer);
                            Jwt jwt = decoder.decode(sign(keycloakSigns, key, issued));
                            Actor actor = ActorTokens.actorOf(jwt, claims);
                            assertThat(actor.userId()).isEqualTo(user.get("username"));
                            assertThat(actor.roles()).isEqualTo(EnumSet.copyOf(rolesOf(user)));
                            assertThat(actor.clinics()).containsExactlyElementsOf(new TreeSet<>(clinicsOf(user)));
                        }
                        Map<String, Object> user = users().get(0);

                        // A token asked for inside the network without a pinned hostname would name another issuer.
                        Map<String, Object> otherIssuer = keycloakClaims(client, user, issuer);
                        otherIssuer.put("iss", "http://" + KEYCLOAK + ":" + KEYCLOAK_PORT + "/realms/" + realmName);
                        assertThatThrownBy(() -> decoder.decode(sign(keycloakSigns, key, otherIssuer)))
                                .isInstanceOf(JwtValidationException.class)
                                .hasMessageContaining("iss");

                        Map<String, Object> otherClient = keycloakClaims(client, user, issuer);
                        otherClient.put("aud", List.of("account"));
                        assertThatThrownBy(() -> decoder.decode(sign(keycloakSigns, key, otherClient)))
                                .isInstanceOf(JwtValidationException.class)
                                .hasMessageContaining("aud");

                        Map<String, Object> expired = keycloakClaims(client, user, issuer);
                        expired.put("iat", Instant.now().minus(Duration.ofHours(2)));
                        expired.put("exp", Instant.now().minus(Duration.ofHours(1)));
                        assertThatThrownBy(() -> decoder.decode(sign(keycloakSigns, key, expired)))
                                .isInstanceOf(JwtValidationException.class);
                    });
            assertThat(keyRequests).as("keys fetched from the jwk-set-uri").hasPositiveValue();
        } finally {
            keycloak.stop(0);
        }
    }

    /**
     * The access token's claims as Keycloak writes them for this user through this client's mappers, plus what every
     * Keycloak access token carries (and the backend ignores: its default roles, the account audience, realm_access).
     */
    private static Map<String, Object> keycloakClaims(
            Map<String, Object> client, Map<String, Object> user, String iss) {
        Instant now = Instant.now();
        List<String> realmRoles = new ArrayList<>(strings(user.get("realmRoles")));
        realmRoles.addAll(List.of("default-roles-" + realm.get("realm"), "offline_access", "uma_authorization"));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", iss);
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("iat", now);
        claims.put("exp", now.plus(Duration.ofMinutes(15)));
        claims.put("typ", "Bearer");
        claims.put("azp", client.get("clientId"));
        claims.put("realm_access", Map.of("roles", realmRoles));
        List<String> audience = new ArrayList<>(List.of("account"));
        for (Object item : list(client.get("protocolMappers"))) {
            Map<String, Object> mapper = map(item);
            Map<String, Object> config = map(mapper.get("config"));
            if (!"true".equals(config.get("access.token.claim"))) {
                continue;
            }
            String claim = text(config.getOrDefault("claim.name", ""));
            switch (text(mapper.get("protocolMapper"))) {
                case "oidc-usermodel-realm-role-mapper" -> claims.put(claim, realmRoles);
                case "oidc-usermodel-property-mapper" ->
                    claims.put(claim, text(user.get(config.get("user.attribute"))));
                case "oidc-usermodel-attribute-mapper" -> {
                    List<String> values = strings(map(user.getOrDefault("attributes", Map.of()))
                            .getOrDefault(text(config.get("user.attribute")), List.of()));
                    claims.put(claim, "true".equals(config.get("multivalued")) ? values : values.get(0));
                }
                case "oidc-audience-mapper" -> audience.add(text(config.get("included.custom.audience")));
                default -> throw new AssertionError("no model of mapper " + mapper.get("protocolMapper"));
            }
        }
        claims.put("aud", audience);
        return claims;
    }

    private static String sign(JwtEncoder encoder, RSAKey key, Map<String, Object> claims) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder();
        claims.forEach(set::claim);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .type("JWT")
                .keyId(key.getKeyID())
                .build();
        return encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
    }

    private static RSAKey rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
    }

    /** mesorecords.security.* as a service binds it from this environment. */
    private static SecuritySettings settings(Map<String, String> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(COMPOSE_ENVIRONMENT, new LinkedHashMap<>(environment)));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("mesorecords.security", SecuritySettings.class);
    }

    private static Map<String, Object> mapperWriting(List<Map<String, Object>> mappers, String claim) {
        List<Map<String, Object>> writing = mappers.stream()
                .filter(mapper -> claim.equals(map(mapper.get("config")).get("claim.name")))
                .toList();
        assertThat(writing).as("mappers writing claim " + claim).hasSize(1);
        assertThat(map(writing.get(0).get("config")))
                .as("claim " + claim + " in the access token")
                .containsEntry("access.token.claim", "true");
        return writing.get(0);
    }

    private static Map<String, Object> client(String clientId) {
        return list(realm.get("clients")).stream()
                .map(DockerComposeSecurityTest::map)
                .filter(client -> clientId.equals(client.get("clientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the realm has no client " + clientId));
    }

    private static List<Map<String, Object>> users() {
        return list(realm.get("users")).stream()
                .map(DockerComposeSecurityTest::map)
                .toList();
    }

    private static List<Role> rolesOf(Map<String, Object> user) {
        return strings(user.getOrDefault("realmRoles", List.of())).stream()
                .map(name -> Role.parse(name).orElseThrow(() -> new AssertionError("unknown role " + name)))
                .toList();
    }

    private static List<String> clinicsOf(Map<String, Object> user) {
        return strings(map(user.getOrDefault("attributes", Map.of())).getOrDefault("clinics", List.of()));
    }

    /** The services built from the project's image. */
    private static Map<String, Map<String, Object>> backendServices() {
        Map<String, Map<String, Object>> backend = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (map(service).containsKey("build")) {
                backend.put(name, map(service));
            }
        });
        return backend;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.getOrDefault("environment", Map.of());
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof List<?> entries) {
            entries.forEach(entry -> {
                String[] pair = text(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            map(environment).forEach((name, value) -> variables.put(name, String.valueOf(value)));
        }
        return variables;
    }

    private static Map<String, String> stringValues(Map<String, Object> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((name, value) -> strings.put(name, String.valueOf(value)));
        return strings;
    }

    /** The one value the README gives for this pattern's group (the same wherever it appears). */
    private static String single(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(readmeSection);
        Set<String> values = new TreeSet<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        assertThat(values).as("README: " + pattern).hasSize(1);
        return values.iterator().next();
    }

    private static Path projectRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a directory above holding docker-compose.yml").isNotNull();
        return directory;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(DockerComposeSecurityTest::text).toList();
    }

    private static String text(Object value) {
        assertThat(value).isInstanceOf(String.class);
        return (String) value;
    }
}
