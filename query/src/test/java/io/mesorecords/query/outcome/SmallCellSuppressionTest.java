package io.mesorecords.query.outcome;

import static io.mesorecords.query.outcome.Patient.aPatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.OutcomeGroup;
import io.mesorecords.api.outcome.OutcomeGroup.Suppression;
import io.mesorecords.api.outcome.OutcomeReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Small cells at the default k = 11 and the cells suppressed to protect them. */
@SpringBootTest(classes = OutcomeTestConfiguration.class)
class SmallCellSuppressionTest {

    @Autowired
    GivenEvents events;

    @Autowired
    OutcomeReportQueryHandler report;

    @BeforeEach
    void startEmpty() {
        events.reset();
    }

    @Test
    void tenPatientsAreTooFewToShow() {
        givenPatientsTreatedWith(Technique.MESO_PEN, 10);

        OutcomeReport overall = overall();

        assertThat(overall.minCellSize()).isEqualTo(11);
        assertThat(overall.total().suppression()).isEqualTo(Suppression.SMALL_CELL);
        assertThat(overall.total().metrics()).isNull();
        assertThat(overall.groups()).singleElement().satisfies(g -> assertThat(g.metrics())
                .isNull());
    }

    @Test
    void elevenPatientsAreShown() {
        givenPatientsTreatedWith(Technique.MESO_PEN, 11);

        OutcomeReport overall = overall();

        assertThat(overall.total().suppression()).isEqualTo(Suppression.NONE);
        assertThat(overall.total().metrics().patients()).isEqualTo(11);
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestWithItSoTheTotalCannotGiveItAway() {
        givenPatientsTreatedWith(Technique.MESO_PEN, 15);
        givenPatientsTreatedWith(Technique.LASER, 12);
        givenPatientsTreatedWith(Technique.CRYO, 3);

        OutcomeReport byTechnique = report.handle(
                new FindOutcomeReportQuery(List.of(OutcomeDimension.TECHNIQUE), null, OutcomeFilter.none()));

        assertThat(suppressionByTechnique(byTechnique))
                .containsEntry("CRYO", Suppression.SMALL_CELL)
                .containsEntry("LASER", Suppression.COMPLEMENTARY)
                .containsEntry("MESO_PEN", Suppression.NONE);
        // Total minus MESO_PEN only gives CRYO and LASER together.
        assertThat(byTechnique.total().metrics().patients()).isEqualTo(30);
    }

    @Test
    void inTwoDimensionsEveryLineKeepsAtLeastTwoSuppressedCellsOrNone() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(List.of("MESO_PEN", 30), 40L);
        cells.put(List.of("MESO_PEN", 40), 5L);
        cells.put(List.of("MESO_PEN", 50), 30L);
        cells.put(List.of("LASER", 30), 20L);
        cells.put(List.of("LASER", 40), 25L);
        cells.put(List.of("LASER", 50), 12L);

        Map<List<Object>, Suppression> result = SmallCellSuppression.apply(cells, 2, 11);

        // MESO_PEN/40 is small; its technique line gives up MESO_PEN/50, its age line LASER/40, and the LASER line,
        // now with one suppressed cell, gives up LASER/50; then every line has 0 or 2.
        assertThat(result)
                .containsEntry(List.of("MESO_PEN", 40), Suppression.SMALL_CELL)
                .containsEntry(List.of("MESO_PEN", 50), Suppression.COMPLEMENTARY)
                .containsEntry(List.of("LASER", 40), Suppression.COMPLEMENTARY)
                .containsEntry(List.of("LASER", 50), Suppression.COMPLEMENTARY)
                .containsEntry(List.of("MESO_PEN", 30), Suppression.NONE)
                .containsEntry(List.of("LASER", 30), Suppression.NONE);
    }

    @Test
    void twoSmallCellsInALineNeedNoComplement() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(List.of("MESO_PEN"), 40L);
        cells.put(List.of("LASER"), 3L);
        cells.put(List.of("CRYO"), 4L);

        assertThat(SmallCellSuppression.apply(cells, 1, 11))
                .containsEntry(List.of("MESO_PEN"), Suppression.NONE)
                .containsEntry(List.of("LASER"), Suppression.SMALL_CELL)
                .containsEntry(List.of("CRYO"), Suppression.SMALL_CELL);
    }

    private OutcomeReport overall() {
        return report.handle(new FindOutcomeReportQuery(List.of(), null, OutcomeFilter.none()));
    }

    private static Map<String, Suppression> suppressionByTechnique(OutcomeReport report) {
        Map<String, Suppression> result = new LinkedHashMap<>();
        for (OutcomeGroup group : report.groups()) {
            result.put(group.key().get(OutcomeDimension.TECHNIQUE), group.suppression());
        }
        return result;
    }

    private void givenPatientsTreatedWith(Technique technique, int patients) {
        for (int i = 0; i < patients; i++) {
            Patient patient = aPatient();
            events.given(
                    patient.registered("clinic-north", LocalDate.of(1980, 1, 1)),
                    patient.consentsToAnalytics(),
                    patient.plans(CourseId.random(), LocalDate.of(2025, 1, 1), technique, Set.of(), Patient.HYDRA));
        }
    }
}
