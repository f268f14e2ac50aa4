package io.mesorecords.query.outcome;

import static io.mesorecords.query.outcome.Patient.aPatient;
import static io.mesorecords.query.outcome.Patient.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.OutcomeReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Names, contact data, dates of birth, notes and record ids reach neither the read model nor the report. */
@SpringBootTest(classes = OutcomeTestConfiguration.class)
class NoIdentifyingDataTest {

    @Autowired
    GivenEvents events;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void noIdentifyingFieldReachesTheTablesOrTheReport() {
        events.reset();
        Patient patient = aPatient();
        CourseId course = CourseId.random();
        SessionId session = SessionId.random();
        ReactionId reaction = ReactionId.random();
        events.given(
                patient.registered("clinic-north", LocalDate.of(1985, 6, 15)),
                patient.consentsToAnalytics(),
                patient.screened(ScreeningId.random(), LocalDate.of(2024, 12, 1), 3, 2),
                patient.plans(course, LocalDate.of(2025, 1, 10), Technique.MESO_PEN, Set.of(), Patient.HYDRA),
                patient.performed(course, session, "dr-ames", at("2025-01-13T10:00:00Z")),
                patient.reacted(course, session, reaction, ReactionType.ERYTHEMA, 1, at("2025-01-13T11:00:00Z")),
                patient.completed(course, 2, 5));
        var handler = new OutcomeReportQueryHandler(
                new OutcomeReportRepository(JdbcClient.create(dataSource), false),
                1,
                new TransactionTemplate(transactions));
        OutcomeReport report = handler.handle(
                new FindOutcomeReportQuery(List.of(OutcomeDimension.values()), null, OutcomeFilter.none()));

        String stored = everythingStored();
        String json = JsonMapper.builder().build().writeValueAsString(report);
        String csv = OutcomeReportCsv.write(report);

        List<String> identifying = List.of(
                "Ottilie",
                "Quarrington",
                "ottilie.quarrington@example.org",
                "7700 900461",
                "1985-06-15",
                "Hashimoto",
                "levothyroxine",
                "wedding",
                "retinol",
                "anxious",
                "lidocaine",
                "called the clinic",
                "LOT-77",
                patient.id.asString(),
                course.asString(),
                session.asString(),
                reaction.asString());
        for (String output : List.of(stored, json, csv)) {
            assertThat(output).isNotBlank();
            for (String value : identifying) {
                assertThat(output).doesNotContainIgnoringCase(value);
            }
            // The year of birth as a number of its own: random 64-bit row keys may hold its digits.
            assertThat(output).doesNotContainPattern("(?<![0-9])1985(?![0-9])");
        }
        assertThat(json).contains("\"30-39\"").contains("MESO_PEN");
    }

    private String everythingStored() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE LOWER(table_name) LIKE 'outcome_%'")
                .query(String.class)
                .list();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM " + table).query().listOfRows().forEach(row -> rows.add(row.toString()));
        }
        return String.join("\n", rows);
    }
}
