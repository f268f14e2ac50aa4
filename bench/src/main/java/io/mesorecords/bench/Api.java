package io.mesorecords.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin HTTP client for the backend's API, as an outside client sees it: HTTP/1.1, persistent connections, one request
 * at a time per calling thread.
 *
 * <p>It is the JDK's blocking {@link HttpURLConnection}, not {@code java.net.http.HttpClient}: the benchmark's clients
 * share the machine's two cores with the backend and PostgreSQL, and HttpClient's asynchronous machinery (a selector
 * thread and worker hand-offs for every exchange) took 0.28 of a core at 232 commands/s, about 1.2 ms of CPU per
 * request (docs/benchmarks.md, round 9), CPU the backend under test then did not have.
 */
final class Api {

    static {
        // Idle connections kept per destination for reuse; the JDK's default of 5 would make most of 32 (or, in the lag
        // phase, 256) clients open a new connection for every request.
        System.setProperty("http.maxConnections", "512");
        // Never send a command twice: the JDK otherwise repeats a POST once when a kept-alive connection fails under
        // it.
        System.setProperty("sun.net.http.retryPost", "false");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
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

    Reply post(String path, String json) throws IOException {
        return send("POST", path, "application/json", json);
    }

    /** The value of an actuator metric, e.g. {@code jvm.memory.used} with tag {@code area:heap}. */
    double metric(String name, String tag) throws IOException {
        Reply reply = get("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag));
        if (!reply.ok()) {
            throw new IllegalStateException("metric " + name + " answered " + reply.status());
        }
        return reply.json().get("measurements").get(0).get("value").asDouble();
    }

    Reply get(String path, String accept) throws IOException {
        return send("GET", path, accept, null);
    }

    Reply get(String path) throws IOException {
        return get(path, "application/json");
    }

    /**
     * One exchange. The answer's body is read to its end and its stream closed (never {@code disconnect()}), which is
     * what hands the connection back for the next request; a read time-out throws {@link java.net.SocketTimeoutException}.
     */
    private Reply send(String method, String path, String accept, String json) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        connection.setUseCaches(false);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", BenchIssuer.shared().bearer());
        connection.setRequestProperty("Accept", accept);
        if (json != null) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status >= 300) {
            Failures.note(status, body);
        }
        return new Reply(
                status,
                body,
                Optional.ofNullable(connection.getHeaderField("ETag")),
                Optional.ofNullable(connection.getHeaderField("Location")));
    }
}
