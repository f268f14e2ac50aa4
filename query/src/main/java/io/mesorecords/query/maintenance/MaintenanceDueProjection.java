package io.mesorecords.query.maintenance;

import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per patient: the last completed course and whether a course was planned since. A row only takes a change with a
 * later patient sequence number than the last it took, so redelivered events change nothing.
 */
@Component
@ProcessingGroup(MaintenanceDueProjection.GROUP)
class MaintenanceDueProjection {

    static final String GROUP = "maintenance-due";

    private final JdbcClient jdbc;

    MaintenanceDueProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        INSERT INTO maintenance_patient (patient_id, clinic_id, given_name, family_name, open_courses,
                            last_sequence)
                        SELECT ?, ?, ?, ?, 0, ? WHERE NOT EXISTS
                            (SELECT 1 FROM maintenance_patient WHERE patient_id = ?)""")
                .params(
                        e.patientId().asString(),
                        e.clinicId().asString(),
                        e.name() == null ? null : e.name().given(),
                        e.name() == null ? null : e.name().family(),
                        sequence,
                        e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(PersonalDataErased e) {
        jdbc.sql("UPDATE maintenance_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?")
                .param(e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(CoursePlanned e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        UPDATE maintenance_patient SET open_courses = open_courses + 1,
                            last_planned_on = CASE WHEN last_planned_on IS NULL OR last_planned_on < :day
                                THEN :day ELSE last_planned_on END,
                            last_sequence = :sequence
                        WHERE patient_id = :patient AND last_sequence < :sequence""")
                .param("day", e.plannedOn())
                .param("sequence", sequence)
                .param("patient", e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(CourseCompleted e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        UPDATE maintenance_patient SET open_courses = open_courses - 1,
                            last_completed_on = CASE WHEN last_completed_on IS NULL OR last_completed_on < :day
                                THEN :day ELSE last_completed_on END,
                            last_sequence = :sequence
                        WHERE patient_id = :patient AND last_sequence < :sequence""")
                .param("day", e.completedOn())
                .param("sequence", sequence)
                .param("patient", e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(CourseDiscontinued e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        UPDATE maintenance_patient SET open_courses = open_courses - 1, last_sequence = :sequence
                        WHERE patient_id = :patient AND last_sequence < :sequence""")
                .param("sequence", sequence)
                .param("patient", e.patientId().asString())
                .update();
    }

    @ResetHandler
    void onReset() {
        jdbc.sql("DELETE FROM maintenance_patient").update();
    }
}
