package io.mesorecords.query.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A digest over every row of the read models in key order: equal digests mean identical read models. */
@Component
public class ReadModelChecksum {

    private static final Map<String, String> TABLES_BY_KEY = Map.ofEntries(
            Map.entry("patient_history", "patient_id"),
            Map.entry("schedule_patient", "patient_id"),
            Map.entry("schedule_session", "session_id"),
            Map.entry("lot_patient", "patient_id"),
            Map.entry("lot_use", "event_id, line"),
            Map.entry("maintenance_patient", "patient_id"),
            Map.entry("outcome_patient", "patient_key"),
            Map.entry("outcome_course", "course_key"),
            Map.entry("outcome_course_indication", "course_key, indication"),
            Map.entry("outcome_course_product", "course_key, product"),
            Map.entry("outcome_course_ingredient", "course_key, ingredient"),
            Map.entry("outcome_course_practitioner", "course_key, practitioner_id"),
            Map.entry("outcome_session", "session_key"),
            Map.entry("outcome_reaction", "reaction_key"),
            Map.entry("outcome_assessment", "assessment_key"));

    private final JdbcClient jdbc;

    ReadModelChecksum(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String digest() {
        return digest(String.valueOf(digests()));
    }

    /** A digest of each table, by table: which of them differ, when digests differ. */
    public Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        TABLES_BY_KEY.keySet().forEach(table -> {
            List<Map<String, Object>> rows = jdbc.sql(
                            "SELECT * FROM " + table + " ORDER BY " + TABLES_BY_KEY.get(table))
                    .query()
                    .listOfRows();
            StringBuilder text = new StringBuilder(table).append(rows.size());
            rows.forEach(text::append);
            digests.put(table, digest(text.toString()));
        });
        return digests;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
