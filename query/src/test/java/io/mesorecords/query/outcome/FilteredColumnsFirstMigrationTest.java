package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.platform.storage.SideSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration {@code V33} rebuilds {@code outcome_course} with the columns a report filters on first: every course
 * already in the report keeps every value, the table keeps its primary key and indexes (and on PostgreSQL {@code V32}'s
 * fill factor), and only the order of the columns changes. On H2, and on a fresh PostgreSQL database when
 * {@code MESORECORDS_TEST_POSTGRES_URL} is set.
 */
class FilteredColumnsFirstMigrationTest {

    private static final List<String> FRONT =
            List.of("course_key", "patient_key", "technique", "indications", "ingredients", "clinic_id", "age_band");

    @Test
    void keepsEveryCourseAndPutsTheFilteredColumnsFirstOnH2() throws SQLException {
        migratesExistingCourses(
                new DriverManagerDataSource("jdbc:h2:mem:filtered-first-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @Test
    void keepsEveryCourseAndPutsTheFilteredColumnsFirstOnPostgres() throws SQLException {
        DataSource dataSource = PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_filtered_first_");
        migratesExistingCourses(dataSource);

        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'outcome_course'")
                        .query(String.class)
                        .single())
                .isEqualTo("fillfactor=80");
    }

    private static void migratesExistingCourses(DataSource dataSource) throws SQLException {
        Flyway latest = SideSchema.flyway(dataSource, "query");
        Flyway.configure()
                .configuration(latest.getConfiguration())
                .target("32") // a deployment upgraded from the version before
                .load()
                .migrate();
        JdbcClient sql = JdbcClient.create(dataSource);
        List<String> before = columns(dataSource);
        assertThat(before.subList(before.size() - 2, before.size())).containsExactly("indications", "ingredients");
        List<String> indexesBefore = indexes(dataSource);
        insertCourse(sql, 11, "MESO_INJECTOR", "|FINE_WRINKLES|PHOTOAGEING|", 3, 2);
        insertCourse(sql, 12, "MESO_PEN", "|", null, 0);
        Map<Long, Map<String, Object>> rowsBefore = rows(sql);

        latest.migrate();

        List<String> after = columns(dataSource);
        assertThat(after.subList(0, FRONT.size())).containsExactlyElementsOf(FRONT);
        assertThat(new TreeSet<>(after)).isEqualTo(new TreeSet<>(before));
        assertThat(rows(sql)).isEqualTo(rowsBefore);
        assertThat(indexes(dataSource)).isEqualTo(indexesBefore).contains("pk_outcome_course:course_key");
        assertThat(sql.sql("SELECT COUNT(*) FROM outcome_course WHERE technique = 'MESO_INJECTOR'"
                                + " AND indications LIKE '%|FINE_WRINKLES|%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the defaults stay: a course the projection inserts without them
        sql.sql(
                        """
                        INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, planned_month,
                            planned_quarter, planned_year, status)
                        VALUES (13, 8, 'clinic-south', 'MESO_PEN', '2025-02', '2025-Q1', '2025', 'PLANNED')""")
                .update();
        assertThat(sql.sql("SELECT indications || ingredients || performed_sessions FROM outcome_course"
                                + " WHERE course_key = 13")
                        .query(String.class)
                        .single())
                .isEqualTo("||0");
    }

    private static void insertCourse(
            JdbcClient sql, long course, String technique, String indications, Integer ageBand, int sessions) {
        sql.sql(
                        """
                        INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, age_band, fitzpatrick,
                            glogau, planned_month, planned_quarter, planned_year, status, discontinuation_reason,
                            final_gais, satisfaction, performed_sessions, sessions_with_reaction, reactions,
                            reactions_within_48h, sessions_erythema, sessions_pigmentation_change, sessions_grade_1,
                            sessions_grade_5, wsrs_baseline, wsrs_last, hydration_baseline, hydration_last,
                            elasticity_baseline, elasticity_last, indications, ingredients)
                        VALUES (?, 7, 'clinic-north', ?, ?, 3, 2, '2025-01', '2025-Q1', '2025', 'DISCONTINUED',
                            'ADVERSE_REACTION', 2, 4, ?, 2, 3, 1, 2, 1, 2, 1, 3.5, 2.25, 41.5, 55.125, 0.5, 0.75, ?,
                            '|HYALURONIC_ACID|')""")
                .params(course, technique, ageBand, sessions, indications)
                .update();
    }

    private static Map<Long, Map<String, Object>> rows(JdbcClient sql) {
        Map<Long, Map<String, Object>> rows = new TreeMap<>();
        for (Map<String, Object> row :
                sql.sql("SELECT * FROM outcome_course").query().listOfRows()) {
            Map<String, Object> byName = new TreeMap<>();
            row.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
            rows.put(((Number) byName.get("course_key")).longValue(), byName);
        }
        return rows;
    }

    private static List<String> columns(DataSource dataSource) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.getMetaData().getColumns(null, null, table(connection), null)) {
            while (result.next()) {
                columns.add(result.getInt("ORDINAL_POSITION") - 1, lower(result.getString("COLUMN_NAME")));
            }
        }
        return columns;
    }

    /** Every index of the table as {@code name:columns}, in name order, the primary key's included. */
    private static List<String> indexes(DataSource dataSource) throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.getMetaData().getIndexInfo(null, null, table(connection), false, false)) {
            while (result.next()) {
                if (result.getString("INDEX_NAME") == null) {
                    continue;
                }
                String name = lower(result.getString("INDEX_NAME"));
                if (name.startsWith("primary_key_")) {
                    name = "pk_outcome_course"; // H2 names the primary key's index after its own scheme
                }
                List<String> columns = indexes.computeIfAbsent(name, n -> new ArrayList<>());
                columns.add(result.getShort("ORDINAL_POSITION") - 1, lower(result.getString("COLUMN_NAME")));
            }
        }
        return indexes.entrySet().stream()
                .map(index -> index.getKey() + ":" + String.join(",", index.getValue()))
                .toList();
    }

    private static String table(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return metaData.storesUpperCaseIdentifiers() ? "OUTCOME_COURSE" : "outcome_course";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
