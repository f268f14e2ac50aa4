package io.mesorecords.app.scenario;

import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running backend over real HTTP, as a clinic's front end would call it: signed in (a token of the
 * test issuer) as practitioner {@code dr-jansen} of its clinic unless told to act as someone else.
 */
public final class ClinicHttp {

    public static final String PRACTITIONER = "dr-jansen";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;
    private final String clinic;
    private final String authorization;

    public ClinicHttp(int port) {
        this(port, "clinic-amsterdam");
    }

    /** A practitioner of the given clinic. */
    public ClinicHttp(int port, String clinic) {
        this(
                HttpClient.newHttpClient(),
                "http://127.0.0.1:" + port,
                clinic,
                TestTokens.bearer(PRACTITIONER, List.of(Role.PRACTITIONER), List.of(clinic)));
    }

    private ClinicHttp(HttpClient http, String baseUrl, String clinic, String authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.clinic = clinic;
        this.authorization = authorization;
    }

    /** The same client signed in as a user of this role at the same clinic ({@code role@clinic}). */
    public ClinicHttp as(Role role) {
        return new ClinicHttp(http, baseUrl, clinic, TestTokens.bearer(role, clinic));
    }

    /** The same client sending this Authorization header (null: none). */
    public ClinicHttp withAuthorization(String authorization) {
        return new ClinicHttp(http, baseUrl, clinic, authorization);
    }

    public String clinic() {
        return clinic;
    }

    /**
     * Waits, at most this long, until every projection runs without error, holds all its segments and has reached the
     * head of the event store (asked as an administrator of this client's clinic).
     */
    public void awaitProjectionsCaughtUp(Duration atMost) {
        ClinicHttp administrator = as(Role.ADMINISTRATOR);
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode statuses = administrator.get("/admin/projections").body();
            boolean allCaughtUp = statuses.size() > 0;
            for (JsonNode status : statuses) {
                allCaughtUp &= status.path("running").asBoolean()
                        && !status.path("error").asBoolean()
                        && status.path("behind").asLong() == 0
                        && status.path("claimedSegments").asInt()
                                == status.path("segments").asInt()
                        && status.path("position").asLong()
                                >= status.path("head").asLong();
            }
            return allCaughtUp;
        });
    }

    public record Answer(int status, String etag, String location, JsonNode body) {

        public String code() {
            return body.path("code").asString();
        }

        public long version() {
            return Long.parseLong(etag.replace("\"", ""));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        signed(request);
        headers.forEach(request::header);
        return send(request.build());
    }

    public Answer get(String path) {
        return get(path, Map.of());
    }

    public Answer get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .GET();
        signed(request);
        headers.forEach(request::header);
        return send(request.build());
    }

    private void signed(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
