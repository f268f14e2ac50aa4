package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patient_history table: one precomputed document per patient, keyed by patient id. */
@Repository
class HistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final HistoryDocuments documents;

    HistoryRepository(JdbcClient jdbc, JdbcTemplate batch, HistoryDocuments documents) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.documents = documents;
    }

    Optional<PatientHistory> find(PatientId patientId) {
        return jdbc.sql("SELECT document FROM patient_history WHERE patient_id = ?")
                .param(patientId.asString())
                .query(String.class)
                .optional()
                .map(documents::read);
    }

    OptionalLong version(PatientId patientId) {
        return jdbc.sql("SELECT version FROM patient_history WHERE patient_id = ?")
                .param(patientId.asString())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    Map<PatientId, PatientHistory> load(Collection<PatientId> patientIds) {
        Map<PatientId, PatientHistory> found = new HashMap<>();
        if (patientIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT document FROM patient_history WHERE patient_id IN (:ids)")
                .param("ids", patientIds.stream().map(PatientId::asString).toList())
                .query(String.class)
                .list()
                .forEach(json -> {
                    PatientHistory history = documents.read(json);
                    found.put(history.patientId(), history);
                });
        return found;
    }

    void insert(List<PatientHistory> histories) {
        batch.batchUpdate(
                "INSERT INTO patient_history (version, document, patient_id) VALUES (?, ?, ?)", rows(histories));
    }

    void update(List<PatientHistory> histories) {
        batch.batchUpdate("UPDATE patient_history SET version = ?, document = ? WHERE patient_id = ?", rows(histories));
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM patient_history").update();
    }

    private List<Object[]> rows(List<PatientHistory> histories) {
        return histories.stream()
                .map(h -> new Object[] {
                    h.version(), documents.write(h), h.patientId().asString()
                })
                .toList();
    }
}
