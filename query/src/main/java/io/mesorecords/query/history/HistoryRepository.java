package io.mesorecords.query.history;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.query.projection.ProjectionProperties;
import io.mesorecords.query.projection.ReadModelTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patient_history table: one precomputed document per patient, keyed by patient id. */
@Repository
class HistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final HistoryDocuments documents;
    private final HistoryCache cache;

    HistoryRepository(
            JdbcClient jdbc, JdbcTemplate batch, HistoryDocuments documents, ProjectionProperties properties) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.documents = documents;
        this.cache = new HistoryCache(properties.historyCacheSize());
    }

    /**
     * One round trip either way: the document is sent only when the cached history is not the stored version. A
     * document parsed here is cached too: it was committed when it was read.
     */
    Optional<PatientHistory> find(PatientId patientId) {
        PatientHistory cached = cache.get(patientId);
        long cachedVersion = cached == null ? -2 : cached.version();
        return jdbc.sql("SELECT version, CASE WHEN version = ? THEN NULL ELSE document END FROM patient_history"
                        + " WHERE patient_id = ?")
                .params(cachedVersion, patientId.asString())
                .query((rs, n) -> {
                    String document = rs.getString(2);
                    if (document == null) {
                        return cached;
                    }
                    PatientHistory read = documents.read(document);
                    cache.put(read);
                    return read;
                })
                .optional();
    }

    /** The stored document as it is, with its version and clinic; nothing is parsed but the summary's clinic. */
    Optional<StoredHistory> findStored(PatientId patientId) {
        return jdbc.sql("SELECT version, document FROM patient_history WHERE patient_id = ?")
                .param(patientId.asString())
                .query((rs, n) -> {
                    String document = rs.getString(2);
                    String clinic = documents.clinicOf(document);
                    return new StoredHistory(
                            patientId, rs.getLong(1), clinic == null ? null : ClinicId.of(clinic), document);
                })
                .optional();
    }

    OptionalLong version(PatientId patientId) {
        return jdbc.sql("SELECT version FROM patient_history WHERE patient_id = ?")
                .param(patientId.asString())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /**
     * The stored histories of the patients. For patients whose history is cached, only the stored versions are read
     * first; documents are read for the others and for those whose cached version is not the stored one, so a batch of
     * patients none of whom is cached costs one query, as without a cache.
     */
    Map<PatientId, PatientHistory> load(Collection<PatientId> patientIds) {
        Map<PatientId, PatientHistory> found = new HashMap<>();
        List<String> unread = new ArrayList<>();
        List<PatientId> cachedIds = new ArrayList<>();
        patientIds.forEach(id -> {
            if (cache.get(id) == null) {
                unread.add(id.asString());
            } else {
                cachedIds.add(id);
            }
        });
        if (!cachedIds.isEmpty()) {
            Map<PatientId, Long> stored = versions(cachedIds);
            cachedIds.forEach(patientId -> {
                Long version = stored.get(patientId);
                PatientHistory cached = version == null ? null : cache.at(patientId, version);
                if (cached != null) {
                    found.put(patientId, cached);
                } else if (version != null) {
                    unread.add(patientId.asString());
                }
            });
        }
        if (!unread.isEmpty()) {
            jdbc.sql("SELECT document FROM patient_history WHERE patient_id IN (:ids)")
                    .param("ids", unread)
                    .query(String.class)
                    .list()
                    .forEach(json -> {
                        PatientHistory history = documents.read(json);
                        found.put(history.patientId(), history);
                    });
        }
        return found;
    }

    /** The stored versions of those of the patients who have a history. */
    Map<PatientId, Long> versions(Collection<PatientId> patientIds) {
        Map<PatientId, Long> versions = new HashMap<>();
        jdbc.sql("SELECT patient_id, version FROM patient_history WHERE patient_id IN (:ids)")
                .param("ids", patientIds.stream().map(PatientId::asString).toList())
                .query(rs -> {
                    versions.put(PatientId.of(rs.getString(1)), rs.getLong(2));
                });
        return versions;
    }

    /** Histories whose transaction has committed. */
    void committed(Collection<PatientHistory> histories) {
        histories.forEach(cache::put);
    }

    private static final String INSERT = "INSERT INTO patient_history (version, document, patient_id) VALUES (?, ?, ?)";

    void insert(List<PatientHistory> histories) {
        batch.batchUpdate(INSERT, rows(histories, documents::write));
    }

    /**
     * Histories written once and not expected again soon: those a replay folds from whole streams. Each is written
     * without remembering its entries' JSON, and is not to be cached: a replay reads none of them again, and holding a
     * replay's last thousands of documents and their entries kept a rebuild's old generation full (docs/benchmarks.md,
     * round 17). The text is the same.
     */
    void insertOnce(List<PatientHistory> histories) {
        batch.batchUpdate(INSERT, rows(histories, documents::writeAfresh));
    }

    void update(List<PatientHistory> histories) {
        batch.batchUpdate(
                "UPDATE patient_history SET version = ?, document = ? WHERE patient_id = ?",
                rows(histories, documents::write));
    }

    void deleteAll() {
        ReadModelTables.empty(batch, "patient_history");
        cache.clear();
    }

    /** The patient's history as held in memory (at whichever version), or null. */
    PatientHistory held(PatientId patientId) {
        return cache.get(patientId);
    }

    private static List<Object[]> rows(List<PatientHistory> histories, Function<PatientHistory, String> document) {
        return histories.stream()
                .map(h -> new Object[] {
                    h.version(), document.apply(h), h.patientId().asString()
                })
                .toList();
    }
}
