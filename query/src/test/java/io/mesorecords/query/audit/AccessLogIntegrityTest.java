package io.mesorecords.query.audit;

import static io.mesorecords.query.projection.Patients.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.platform.security.Role;
import io.mesorecords.query.projection.ReadSideSecurity;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Tampering tests put every row back, because the read-side tests share one database. */
@ReadSideTest
class AccessLogIntegrityTest {

    @Autowired
    MockMvc http;

    @Autowired
    RecordedEvents given;

    @Autowired
    DataSource dataSource;

    private long aLoggedRead() throws Exception {
        PatientId patient = PatientId.random();
        given.record(Instant.parse("2025-01-01T10:00:00Z"), registered(patient, "Mia", "Berg"));
        http.perform(get("/patients/{id}/history", patient).param("minVersion", "0"))
                .andExpect(status().isOk());
        http.perform(get("/patients/{id}/history", patient).param("minVersion", "0"))
                .andExpect(status().isOk());
        return jdbc().sql("SELECT MIN(chain_position) FROM access_audit WHERE patient_id = ?")
                .param(patient.value().toString())
                .query(Long.class)
                .single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Test
    void readsAtTheSameMomentAreEachLoggedOnceInAnIntactChain() throws Exception {
        PatientId patient = PatientId.random();
        given.record(Instant.parse("2025-01-01T10:00:00Z"), registered(patient, "Ida", "Lund"));
        int reads = 24;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                answers.add(clients.submit(() -> http.perform(
                                get("/patients/{id}/history", patient).param("minVersion", "0"))
                        .andExpect(status().isOk())));
            }
            for (Future<?> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        List<Long> positions = jdbc().sql(
                        "SELECT chain_position FROM access_audit WHERE patient_id = ? ORDER BY chain_position")
                .param(patient.value().toString())
                .query(Long.class)
                .list();
        assertThat(positions).hasSize(reads).doesNotHaveDuplicates();
        http.perform(get("/admin/integrity/access-log")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INTACT"));
    }

    @Test
    void anUntouchedLogIsIntact() throws Exception {
        aLoggedRead();

        http.perform(get("/admin/integrity/access-log")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INTACT"))
                .andExpect(jsonPath("$.firstBrokenLink").doesNotExist());
    }

    @Test
    void anAlteredEntryIsNamed() throws Exception {
        long position = aLoggedRead();
        String user = jdbc().sql("SELECT user_id FROM access_audit WHERE chain_position = ?")
                .param(position)
                .query(String.class)
                .single();
        String entryId = jdbc().sql("SELECT entry_id FROM access_audit WHERE chain_position = ?")
                .param(position)
                .query(String.class)
                .single();
        jdbc().sql("UPDATE access_audit SET user_id = 'someone-innocent' WHERE chain_position = ?")
                .param(position)
                .update();
        try {
            http.perform(get("/admin/integrity/access-log")
                            .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                    .andExpect(jsonPath("$.status").value("BROKEN"))
                    .andExpect(jsonPath("$.verifiedEntries").value(position))
                    .andExpect(jsonPath("$.firstBrokenLink.chainPosition").value(position))
                    .andExpect(jsonPath("$.firstBrokenLink.entryId").value(entryId))
                    .andExpect(jsonPath("$.firstBrokenLink.reason").value("ENTRY_ALTERED"));
        } finally {
            jdbc().sql("UPDATE access_audit SET user_id = ? WHERE chain_position = ?")
                    .params(user, position)
                    .update();
        }
        http.perform(get("/admin/integrity/access-log")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.status").value("INTACT"));
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        long position = aLoggedRead();
        Map<String, Object> row = jdbc().sql("SELECT * FROM access_audit WHERE chain_position = ?")
                .param(position)
                .query()
                .singleRow();
        jdbc().sql("DELETE FROM access_audit WHERE chain_position = ?")
                .param(position)
                .update();
        try {
            http.perform(get("/admin/integrity/access-log")
                            .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                    .andExpect(jsonPath("$.status").value("BROKEN"))
                    .andExpect(jsonPath("$.firstBrokenLink.chainPosition").value(position))
                    .andExpect(jsonPath("$.firstBrokenLink.reason").value("ENTRY_MISSING"));
        } finally {
            jdbc().sql("INSERT INTO access_audit (" + String.join(", ", row.keySet()) + ") VALUES ("
                            + String.join(
                                    ", ", row.keySet().stream().map(k -> "?").toList()) + ")")
                    .params(row.values().stream().toList())
                    .update();
        }
        http.perform(get("/admin/integrity/access-log")
                        .header(HttpHeaders.AUTHORIZATION, ReadSideSecurity.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.status").value("INTACT"));
    }
}
