package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.platform.security.Role;
import io.mesorecords.privacy.JdbcPersonalDataKeyStore;
import io.mesorecords.privacy.PersonalDataKeyStore;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The erasure event and the destroyed key commit together or not at all: when the key cannot be destroyed, the
 * erasure is refused and nothing of it is stored, so the record never claims an erasure that left the data readable.
 * The key store is the pluggable one, replaced here by a bean of the same type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureKeyDestructionTest {

    static final AtomicBoolean KEY_STORE_DOWN = new AtomicBoolean();

    @TestConfiguration
    static class FailingKeyStore {

        @Bean
        PersonalDataKeyStore personalDataKeyStore(DataSource dataSource, PlatformTransactionManager transactions) {
            return new JdbcPersonalDataKeyStore(dataSource, transactions) {
                @Override
                public void destroy(String subject, Instant at) {
                    super.destroy(subject, at);
                    if (KEY_STORE_DOWN.get()) {
                        throw new IllegalStateException("key store unavailable");
                    }
                }
            };
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    ClinicHttp http;

    @BeforeEach
    void client() {
        http = new ClinicHttp(port);
        KEY_STORE_DOWN.set(false);
    }

    @Test
    void anErasureWhoseKeyCannotBeDestroyedIsNotRecorded() {
        ClinicalScenario scenario = new ClinicalScenario().recordFullCourse(http);
        KEY_STORE_DOWN.set(true);

        ClinicHttp.Answer refused = http.as(Role.ADMINISTRATOR).post(scenario.path("/erasure"), erasure());

        assertThat(refused.status()).as("%s", refused).isGreaterThanOrEqualTo(500);
        assertThat(destroyedAt(scenario)).isNull();
        assertThat(http.as(Role.AUDITOR)
                        .get(scenario.path("/integrity"))
                        .body()
                        .path("verifiedEntries")
                        .asLong())
                .isEqualTo(ClinicalScenario.EVENTS);
        JsonAssert history =
                new JsonAssert(http.get(scenario.path("/history?minVersion=" + scenario.completed.version())));
        history.hasName("Anna");

        KEY_STORE_DOWN.set(false);
        ClinicHttp.Answer erased = http.as(Role.ADMINISTRATOR).post(scenario.path("/erasure"), erasure());

        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        assertThat(destroyedAt(scenario)).isNotNull();
    }

    private static Object erasure() {
        return json("administratorOverride", true, "overrideReason", "court order 2026/118");
    }

    private Object destroyedAt(ClinicalScenario scenario) {
        return JdbcClient.create(dataSource)
                .sql("SELECT destroyed_at FROM personal_data_key WHERE subject_id = ?")
                .param(scenario.patient)
                .query((rs, row) -> rs.getTimestamp(1))
                .optional()
                .orElse(null);
    }

    private record JsonAssert(ClinicHttp.Answer answer) {
        void hasName(String given) {
            assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            assertThat(answer.body().path("summary").path("name").path("given").asString())
                    .isEqualTo(given);
        }
    }
}
