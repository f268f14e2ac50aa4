package io.mesorecords.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order in which the loader sends its patients' commands, against a backend that accepts every command. */
class DataLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private HttpServer backend;
    private Api api;

    @BeforeEach
    void acceptEveryCommand() throws Exception {
        AtomicLong version = new AtomicLong();
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            exchange.getResponseHeaders().add("ETag", "\"" + version.incrementAndGet() + "\"");
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        api = new Api("http://127.0.0.1:" + backend.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        backend.stop(0);
    }

    @Test
    void oneAtATimeRecordsEachPatientsWholeScriptBeforeTheNext() throws Exception {
        DataLoader.Result result = new DataLoader(api, TODAY).load(1, 3, 1, 1, Duration.ofMinutes(1));

        int length = ClinicalScript.LOAD.length();
        assertThat(result.patients()).isEqualTo(3);
        assertThat(result.commands()).isEqualTo(3L * length);
        assertThat(result.errors()).isZero();
        assertThat(requests.get(0)).isEqualTo("/patients");
        assertThat(requests.get(1)).startsWith("/patients/");
        assertThat(requests.get(length)).isEqualTo("/patients");
    }

    @Test
    void interleavedPatientsTakeOneCommandEachInTurn() throws Exception {
        DataLoader loader = new DataLoader(api, TODAY);

        DataLoader.Result result = loader.load(1, 5, 1, 3, Duration.ofMinutes(1));

        int length = ClinicalScript.LOAD.length();
        assertThat(result.patients()).isEqualTo(5);
        assertThat(result.commands()).isEqualTo(5L * length);
        assertThat(loader.patientIds()).hasSize(5).doesNotHaveDuplicates();
        // The first three patients are registered, then each gets its second command, and so on; the last two
        // patients follow once the first three are done.
        assertThat(requests.subList(0, 3)).containsOnly("/patients");
        List<String> secondCommands = requests.subList(3, 6);
        assertThat(secondCommands).allMatch(p -> p.startsWith("/patients/")).doesNotHaveDuplicates();
        assertThat(requests.subList(3 * length, 3 * length + 2)).containsOnly("/patients");
        assertThat(requests.subList(0, 3 * length))
                .filteredOn("/patients"::equals)
                .hasSize(3);
    }
}
