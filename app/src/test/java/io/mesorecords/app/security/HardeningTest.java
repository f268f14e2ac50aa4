package io.mesorecords.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every answer carries and refuses, whoever asks: headers, CORS, tokens, error bodies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter springSecurityFilterChain;

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsAreTimedWithoutSpringSecuritysObservationsAroundEveryFilter() throws Exception {
        AtomicReference<StackTraceElement[]> passed = new AtomicReference<>();
        MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
        springSecurityFilterChain.doFilter(
                health,
                new MockHttpServletResponse(),
                (request, response) -> passed.set(Thread.currentThread().getStackTrace()));

        assertThat(passed.get())
                .as("the security chain lets a health check through")
                .isNotNull();
        assertThat(Arrays.stream(passed.get()).map(StackTraceElement::getClassName))
                .as("the security filters run unwrapped")
                .contains(FilterChainProxy.class.getName())
                .noneMatch(name -> name.contains("Observation"));
        send(request("/schedule").header("Authorization", TestTokens.bearer(Role.PRACTITIONER, "clinic-a")));
        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
    }

    @Test
    void everyAnswerCarriesTheHardeningHeaders() throws Exception {
        for (HttpResponse<String> answer : List.of(
                send(request("/patients/" + java.util.UUID.randomUUID() + "/history")
                        .header("Authorization", TestTokens.bearer(Role.PRACTITIONER, "clinic-a"))),
                send(request("/schedule")),
                send(request("/actuator/health")))) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void corsIsClosedUnlessOriginsAreConfigured() throws Exception {
        HttpResponse<String> preflight = send(request("/patients")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .isEmpty();
    }

    @Test
    void expiredForgedAndUnsignedTokensAreRefused() throws Exception {
        String expired = TestTokens.token(
                "dr-old",
                List.of("PRACTITIONER"),
                Set.of("clinic-a"),
                Instant.now().minusSeconds(600));
        String unsigned = "eyJhbGciOiJub25lIn0."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"sub\":\"mallory\",\"roles\":[\"ADMINISTRATOR\"],\"clinics\":[\"clinic-a\"]}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + ".";
        for (String token : List.of(expired, unsigned, "not-a-jwt")) {
            HttpResponse<String> answer =
                    send(request("/admin/projections").header("Authorization", "Bearer " + token));
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(answer.body()).contains("\"code\":\"access.invalid-token\"");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void aTokenWithAnInvalidUserIdIsRefused() throws Exception {
        String token = TestTokens.token(
                "<script>",
                List.of("PRACTITIONER"),
                Set.of("clinic-a"),
                Instant.now().plusSeconds(600));
        HttpResponse<String> answer =
                send(request("/schedule?clinicId=clinic-a&day=2026-01-01").header("Authorization", "Bearer " + token));
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void unknownRolesInATokenGrantNothing() throws Exception {
        String token = TestTokens.token(
                "dr-root",
                List.of("SUPERUSER", "root"),
                Set.of("clinic-a"),
                Instant.now().plusSeconds(600));
        HttpResponse<String> answer = send(request("/admin/projections").header("Authorization", "Bearer " + token));
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void failuresNeverShowAStackTraceOrAnExceptionMessage() {
        ClinicHttp practitioner = new ClinicHttp(port, "clinic-a");
        ClinicHttp.Answer malformed = practitioner.post("/patients", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().toString()).doesNotContain("Exception", "at io.", "at org.", "trace");
        ClinicHttp.Answer unknown = practitioner.get("/no/such/path");
        assertThat(unknown.body().toString()).doesNotContain("Exception", "trace");
    }
}
