package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Each processor's lag is visible through actuator, as operators scrape it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionLagActuatorTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @Test
    void everyProjectionReportsItsLag() {
        new ClinicalScenario().recordFullCourse(new ClinicHttp(port));
        ClinicHttp http = new ClinicHttp(port).as(Role.ADMINISTRATOR);

        ClinicHttp.Answer projections = http.get("/actuator/projections");
        assertThat(projections.status()).as("%s", projections).isEqualTo(200);
        assertThat(projections.body().toString())
                .contains("patient-history", "outcome-report", "schedule", "lot-trace", "maintenance-due");

        ClinicHttp.Answer lag = http.get("/actuator/metrics/mesorecords.projection.lag?tag=projection:patient-history");
        assertThat(lag.status()).as("%s", lag).isEqualTo(200);
        JsonNode value = lag.body().path("measurements").get(0).path("value");
        assertThat(value.isNumber()).isTrue();
    }

    @Test
    void actuatorEndpointsBeyondHealthAreForAdministratorsOnly() {
        ClinicHttp practitioner = new ClinicHttp(port);
        ClinicHttp anonymous = practitioner.withAuthorization(null);
        for (String path : new String[] {"/actuator/projections", "/actuator/metrics", "/actuator/info", "/actuator"}) {
            assertThat(practitioner.get(path).status())
                    .as("%s as a practitioner", path)
                    .isEqualTo(403);
            assertThat(anonymous.get(path).status())
                    .as("%s without a token", path)
                    .isEqualTo(401);
        }
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
