package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mesorecords.platform.storage.SideSchema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration {@code V31} fills the indication and ingredient columns of the courses already in the report from their
 * bridge rows, as the projection writes them for new courses ({@link ValueSet}): on H2, and on a fresh PostgreSQL
 * database when {@code MESORECORDS_TEST_POSTGRES_URL} is set.
 */
class ValueSetsMigrationTest {

    @Test
    void fillsTheColumnsOfCoursesAlreadyInTheReportOnH2() {
        migratesExistingCourses(
                new DriverManagerDataSource("jdbc:h2:mem:value-sets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @Test
    void fillsTheColumnsOfCoursesAlreadyInTheReportOnPostgres() {
        migratesExistingCourses(PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_value_sets_"));
    }

    private static void migratesExistingCourses(DataSource dataSource) {
        Flyway latest = SideSchema.flyway(dataSource, "query");
        Flyway.configure()
                .configuration(latest.getConfiguration())
                .target("30") // every migration before V31, as a deployment upgraded from has them
                .load()
                .migrate();
        JdbcClient sql = JdbcClient.create(dataSource);
        for (long course = 1; course <= 3; course++) {
            sql.sql(
                            """
                            INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, planned_month,
                                planned_quarter, planned_year, status)
                            VALUES (?, 7, 'clinic-north', 'MESO_PEN', '2025-01', '2025-Q1', '2025', 'PLANNED')""")
                    .param(course)
                    .update();
        }
        insert(sql, "outcome_course_indication", "indication", 1, "PHOTOAGEING", "FINE_WRINKLES");
        insert(sql, "outcome_course_ingredient", "ingredient", 1, "VITAMIN_C", "ELASTIN", "HYALURONIC_ACID");
        insert(sql, "outcome_course_indication", "indication", 2, "ACNE_SCARS");

        latest.migrate();

        List<Map<String, Object>> rows = sql.sql(
                        "SELECT course_key, indications, ingredients FROM outcome_course ORDER BY course_key")
                .query()
                .listOfRows();
        assertThat(rows)
                .extracting(row -> row.get("indications"), row -> row.get("ingredients"))
                .containsExactly(
                        tuple(
                                ValueSet.of(List.of("FINE_WRINKLES", "PHOTOAGEING")),
                                ValueSet.of(List.of("ELASTIN", "HYALURONIC_ACID", "VITAMIN_C"))),
                        tuple(ValueSet.of(List.of("ACNE_SCARS")), ValueSet.EMPTY),
                        tuple(ValueSet.EMPTY, ValueSet.EMPTY));
        assertThat(ValueSet.of(List.of("FINE_WRINKLES", "PHOTOAGEING"))).isEqualTo("|FINE_WRINKLES|PHOTOAGEING|");
    }

    private static void insert(JdbcClient sql, String table, String column, long course, String... values) {
        for (String value : values) {
            sql.sql("INSERT INTO " + table + " (course_key, " + column + ") VALUES (?, ?)")
                    .params(course, value)
                    .update();
        }
    }
}
