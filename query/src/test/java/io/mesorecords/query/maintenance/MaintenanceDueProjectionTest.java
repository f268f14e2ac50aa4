package io.mesorecords.query.maintenance;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.maintenance.FindMaintenanceDueQuery;
import io.mesorecords.api.maintenance.MaintenanceCandidate;
import io.mesorecords.api.maintenance.MaintenanceDue;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadSideTest
class MaintenanceDueProjectionTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Autowired
    RecordedEvents given;

    @Autowired
    QueryGateway queryGateway;

    /** A clinic of its own per test, so patients of other tests never show up. */
    private final ClinicId clinic = ClinicId.of("clinic-" + UUID.randomUUID());

    @Test
    void patientsWhoseLastCourseEndedSixToTwelveMonthsAgoAreDue() {
        PatientId eightMonths = completedCourseOn(LocalDate.of(2024, 10, 1), "Due");
        PatientId threeMonths = completedCourseOn(LocalDate.of(2025, 3, 1), "Recent");
        PatientId twoYears = completedCourseOn(LocalDate.of(2023, 6, 1), "Lapsed");
        given.awaitProjections();

        assertThat(due())
                .extracting(MaintenanceCandidate::patientId)
                .containsExactly(eightMonths)
                .doesNotContain(threeMonths, twoYears);
        assertThat(due().get(0).name().given()).isEqualTo("Due");
        assertThat(due().get(0).lastCourseCompletedOn()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void aCourseSinceTheLastCompletionMeansNotDue() {
        PatientId openCourse = completedCourseOn(LocalDate.of(2024, 10, 1), "Open");
        given.record(NOW, coursePlanned(openCourse, CourseId.random(), LocalDate.of(2025, 5, 20)));
        PatientId discontinuedSince = completedCourseOn(LocalDate.of(2024, 10, 1), "Stopped");
        CourseId stopped = CourseId.random();
        given.record(
                NOW,
                coursePlanned(discontinuedSince, stopped, LocalDate.of(2025, 1, 10)),
                new CourseDiscontinued(
                        discontinuedSince,
                        stopped,
                        LocalDate.of(2025, 1, 20),
                        DiscontinuationReason.PATIENT_DECISION,
                        null,
                        List.of()));
        given.awaitProjections();

        assertThat(due()).extracting(MaintenanceCandidate::patientId).doesNotContain(openCourse, discontinuedSince);
    }

    @Test
    void erasureDropsTheNameOfADuePatient() {
        PatientId patient = completedCourseOn(LocalDate.of(2024, 10, 1), "Erased");
        given.record(NOW, new PersonalDataErased(patient, LocalDate.of(2035, 1, 1), true, "request"));
        given.awaitProjections();

        assertThat(due()).singleElement().satisfies(c -> assertThat(c.name()).isNull());
    }

    private List<MaintenanceCandidate> due() {
        return queryGateway
                .query(
                        new FindMaintenanceDueQuery(clinic, TODAY.minusMonths(12), TODAY.minusMonths(6)),
                        MaintenanceDue.class)
                .join()
                .patients();
    }

    private PatientId completedCourseOn(LocalDate completedOn, String name) {
        PatientId patient = PatientId.random();
        CourseId course = CourseId.random();
        PatientRegistered registered = registered(patient, name, "Roy");
        given.record(
                NOW,
                new PatientRegistered(
                        patient,
                        clinic,
                        registered.name(),
                        registered.dateOfBirth(),
                        registered.sex(),
                        registered.contact()),
                coursePlanned(patient, course, completedOn.minusWeeks(6)),
                new CourseCompleted(patient, course, completedOn, Scale.GAIS.score(2), Scale.SATISFACTION.score(4)));
        return patient;
    }
}
