package io.mesorecords.app.security;

import static io.mesorecords.app.scenario.ClinicalRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.app.MesoRecordsApplication;
import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.scenario.ClinicalRequests;
import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.platform.security.TestIssuer.UsesDevelopmentSignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as shipped: its development users sign in at {@code POST /dev/token} and act with the token
 * they get; the sign-in refuses to start in a PostgreSQL or Axon Server configuration.
 */
@UsesDevelopmentSignIn
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevelopmentSignInTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    private ClinicHttp anonymous() {
        return new ClinicHttp(port, "dev-clinic").withAuthorization(null);
    }

    private String signIn(String user, String password) {
        ClinicHttp.Answer token = anonymous().post("/dev/token", json("username", user, "password", password));
        assertThat(token.status()).as("%s", token).isEqualTo(200);
        assertThat(token.body().path("token_type").asString()).isEqualTo("Bearer");
        return "Bearer " + token.body().path("access_token").asString();
    }

    @Test
    void aDevelopmentUserSignsInAndActsAsTheConfiguredRoleAtTheConfiguredClinic() {
        ClinicHttp practitioner = anonymous().withAuthorization(signIn("practitioner", "practitioner"));
        String patient = UUID.randomUUID().toString();

        ClinicHttp.Answer registered = practitioner.post("/patients", ClinicalRequests.registration(patient));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);

        ClinicHttp.Answer history = practitioner.get("/patients/" + patient + "/history?minVersion=0");
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        assertThat(history.body().path("summary").path("clinicId").asString()).isEqualTo("dev-clinic");
        assertThat(history.body()
                        .path("timeline")
                        .get(0)
                        .path("recordedBy")
                        .path("userId")
                        .asString())
                .isEqualTo("practitioner");

        ClinicHttp elsewhere = anonymous().withAuthorization(signIn("other-practitioner", "other-practitioner"));
        assertThat(elsewhere.get("/patients/" + patient + "/history").status())
                .as("a practitioner of another clinic does not see the patient")
                .isEqualTo(404);
        ClinicHttp analyst = anonymous().withAuthorization(signIn("analyst", "analyst"));
        assertThat(analyst.get("/patients/" + patient + "/history").status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameRefusal() {
        ClinicHttp.Answer wrongPassword =
                anonymous().post("/dev/token", json("username", "practitioner", "password", "guess"));
        ClinicHttp.Answer unknownUser = anonymous().post("/dev/token", json("username", "nobody", "password", "guess"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("access.sign-in-failed");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void withoutATokenNothingButHealthAnswers() {
        assertThat(anonymous()
                        .post(
                                "/patients",
                                ClinicalRequests.registration(UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(401);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void refusesToStartOnPostgreSql() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MesoRecordsApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never-reached",
                                "--spring.flyway.enabled=false"))
                .hasStackTraceContaining("mesorecords.security.mode=development is the embedded default's sign-in")
                .hasStackTraceContaining("jdbc:postgresql://127.0.0.1:1/never-reached");
    }

    @Test
    void refusesToStartWithAxonServer() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MesoRecordsApplication.class)
                        .profiles("axonserver")
                        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()))
                .hasStackTraceContaining("refuses to start with Axon Server");
    }
}
