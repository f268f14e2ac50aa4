package io.mesorecords.query.maintenance;

import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.query.projection.PatientStatements;
import io.mesorecords.query.projection.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per patient: the last completed course and whether a course was planned since. A row only takes a change with a
 * later patient sequence number than the last it took, so redelivered events change nothing.
 */
@Component
@ProcessingGroup(MaintenanceDueProjection.GROUP)
class MaintenanceDueProjection {

    static final String GROUP = "maintenance-due";

    private final JdbcTemplate jdbc;

    MaintenanceDueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                INSERT INTO maintenance_patient (patient_id, clinic_id, given_name, family_name, open_courses,
                    last_sequence)
                SELECT ?, ?, ?, ?, 0, ? WHERE NOT EXISTS
                    (SELECT 1 FROM maintenance_patient WHERE patient_id = ?)""",
                e.patientId().asString(),
                e.clinicId().asString(),
                e.name() == null ? null : e.name().given(),
                e.name() == null ? null : e.name().family(),
                sequence,
                e.patientId().asString());
    }

    @EventHandler
    void on(PersonalDataErased e) {
        change(
                e.patientId().asString(),
                "UPDATE maintenance_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?",
                e.patientId().asString());
    }

    @EventHandler
    void on(CoursePlanned e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                UPDATE maintenance_patient SET open_courses = open_courses + 1,
                    last_planned_on = CASE WHEN last_planned_on IS NULL OR last_planned_on < ?
                        THEN ? ELSE last_planned_on END,
                    last_sequence = ?
                WHERE patient_id = ? AND last_sequence < ?""",
                e.plannedOn(),
                e.plannedOn(),
                sequence,
                e.patientId().asString(),
                sequence);
    }

    @EventHandler
    void on(CourseCompleted e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                UPDATE maintenance_patient SET open_courses = open_courses - 1,
                    last_completed_on = CASE WHEN last_completed_on IS NULL OR last_completed_on < ?
                        THEN ? ELSE last_completed_on END,
                    last_sequence = ?
                WHERE patient_id = ? AND last_sequence < ?""",
                e.completedOn(),
                e.completedOn(),
                sequence,
                e.patientId().asString(),
                sequence);
    }

    @EventHandler
    void on(CourseDiscontinued e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                UPDATE maintenance_patient SET open_courses = open_courses - 1, last_sequence = ?
                WHERE patient_id = ? AND last_sequence < ?""",
                sequence,
                e.patientId().asString(),
                sequence);
    }

    private void change(String patientId, String sql, Object... args) {
        PatientStatements.add(jdbc, GROUP, patientId, sql, args);
    }

    @ResetHandler
    void onReset() {
        ReadModelTables.empty(jdbc, "maintenance_patient");
    }
}
