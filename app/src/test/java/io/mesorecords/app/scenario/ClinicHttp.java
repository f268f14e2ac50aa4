package io.mesorecords.app.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running backend over real HTTP, as a clinic's front end would call it. */
public final class ClinicHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String clinic;

    public ClinicHttp(int port) {
        this(port, "clinic-amsterdam");
    }

    /** A client acting for the given clinic. */
    public ClinicHttp(int port, String clinic) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.clinic = clinic;
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
                .header("X-User-Id", "dr-jansen")
                .header("X-User-Role", "PRACTITIONER")
                .header("X-Clinic-Id", clinic)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .GET()
                .build());
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
