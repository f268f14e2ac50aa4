package io.mesorecords.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin HTTP client for the backend's API, as an outside client sees it. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What the backend answered. */
    record Reply(int status, String body, Optional<String> etag, Optional<String> location) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        long version() {
            return Long.parseLong(etag.orElseThrow().replace("\"", "").replace("W/", ""));
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(request);
    }

    /** The value of an actuator metric, e.g. {@code jvm.memory.used} with tag {@code area:heap}. */
    double metric(String name, String tag) throws IOException, InterruptedException {
        Reply reply = get("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag));
        if (!reply.ok()) {
            throw new IllegalStateException("metric " + name + " answered " + reply.status());
        }
        return reply.json().get("measurements").get(0).get("value").asDouble();
    }

    Reply get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).header("Accept", accept).GET().build());
    }

    Reply get(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", BenchIssuer.shared().bearer());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            Failures.note(response.statusCode(), response.body());
        }
        return new Reply(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("ETag"),
                response.headers().firstValue("Location"));
    }
}
