package io.mesorecords.command.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.command.http.EdgeTestConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** The store on H2 with the real migration: claims are exclusive, answers are kept, expired keys are free again. */
class IdempotencyStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));

    private IdempotencyStore store;

    @BeforeEach
    void migratedDatabase() {
        EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
                .setType(EmbeddedDatabaseType.H2)
                .generateUniqueName(true)
                .build();
        EdgeTestConfiguration.migrate(database);
        store = new IdempotencyStore(database);
    }

    @Test
    void aFreeKeyIsClaimedOnce() {
        assertThat(store.claim("k1", "f1", NOW, EXPIRES)).isEmpty();

        Optional<IdempotencyRecord> second = store.claim("k1", "f1", NOW, EXPIRES);

        assertThat(second).hasValueSatisfying(holder -> {
            assertThat(holder.fingerprint()).isEqualTo("f1");
            assertThat(holder.isInProgress()).isTrue();
        });
    }

    @Test
    void aCompletedKeyKeepsItsAnswer() {
        store.claim("k2", "f2", NOW, EXPIRES);
        byte[] body = "{\"version\":5}".getBytes(StandardCharsets.UTF_8);
        store.complete("k2", new StoredAnswer(201, "/patients/p", "\"5\"", "application/json", body));

        IdempotencyRecord holder = store.claim("k2", "f2", NOW, EXPIRES).orElseThrow();

        StoredAnswer answer = holder.answer().orElseThrow();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.location()).isEqualTo("/patients/p");
        assertThat(answer.eTag()).isEqualTo("\"5\"");
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.body()).isEqualTo(body);
    }

    @Test
    void anExpiredKeyIsFreeAgain() {
        store.claim("k3", "f3", NOW, EXPIRES);

        assertThat(store.claim("k3", "other", EXPIRES, EXPIRES.plus(Duration.ofHours(24))))
                .isEmpty();
    }

    @Test
    void aReleasedKeyIsFreeAgain() {
        store.claim("k4", "f4", NOW, EXPIRES);
        store.release("k4");

        assertThat(store.claim("k4", "f4", NOW, EXPIRES)).isEmpty();
    }
}
