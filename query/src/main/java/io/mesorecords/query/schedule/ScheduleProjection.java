package io.mesorecords.query.schedule;

import static io.mesorecords.query.projection.Sql.timestamp;

import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import io.mesorecords.query.projection.PatientStatements;
import io.mesorecords.query.projection.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Booked sessions per clinic, practitioner and start. Every row remembers the patient sequence number that last
 * changed it and only a later one changes it again, so redelivered events change nothing. Changes are sent once per
 * batch ({@link PatientStatements}).
 */
@Component
@ProcessingGroup(ScheduleProjection.GROUP)
class ScheduleProjection {

    static final String GROUP = "schedule";

    private final JdbcTemplate jdbc;

    ScheduleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                INSERT INTO schedule_patient (patient_id, clinic_id, given_name, family_name, last_sequence)
                SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM schedule_patient WHERE patient_id = ?)""",
                e.patientId().asString(),
                e.clinicId().asString(),
                given(e),
                family(e),
                sequence,
                e.patientId().asString());
    }

    @EventHandler
    void on(PersonalDataErased e) {
        change(
                e.patientId().asString(),
                "UPDATE schedule_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?",
                e.patientId().asString());
    }

    @EventHandler
    void on(SessionScheduled e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                INSERT INTO schedule_session (session_id, patient_id, course_id, clinic_id, practitioner_id,
                    starts_at, planned_minutes, status, last_sequence)
                SELECT ?, p.patient_id, ?, p.clinic_id, ?, ?, ?, 'SCHEDULED', ? FROM schedule_patient p
                WHERE p.patient_id = ? AND NOT EXISTS (SELECT 1 FROM schedule_session WHERE session_id = ?)""",
                e.sessionId().asString(),
                e.courseId().asString(),
                e.practitionerId().asString(),
                timestamp(e.startsAt()),
                e.plannedMinutes(),
                sequence,
                e.patientId().asString(),
                e.sessionId().asString());
    }

    @EventHandler
    void on(SessionRescheduled e, @SequenceNumber long sequence) {
        change(
                e.patientId().asString(),
                """
                UPDATE schedule_session SET starts_at = ?, practitioner_id = ?, planned_minutes = ?,
                    last_sequence = ? WHERE session_id = ? AND last_sequence < ?""",
                timestamp(e.startsAt()),
                e.practitionerId().asString(),
                e.plannedMinutes(),
                sequence,
                e.sessionId().asString(),
                sequence);
    }

    @EventHandler
    void on(SessionCancelled e, @SequenceNumber long sequence) {
        close(e.patientId().asString(), e.sessionId().asString(), "CANCELLED", sequence);
    }

    @EventHandler
    void on(NoShowRecorded e, @SequenceNumber long sequence) {
        close(e.patientId().asString(), e.sessionId().asString(), "NO_SHOW", sequence);
    }

    @EventHandler
    void on(SessionPerformed e, @SequenceNumber long sequence) {
        close(e.patientId().asString(), e.sessionId().asString(), "PERFORMED", sequence);
    }

    @EventHandler
    void on(CourseDiscontinued e, @SequenceNumber long sequence) {
        e.cancelledSessions().forEach(id -> close(e.patientId().asString(), id.asString(), "CANCELLED", sequence));
    }

    @ResetHandler
    void onReset() {
        ReadModelTables.empty(jdbc, "schedule_session", "schedule_patient");
    }

    private void close(String patientId, String sessionId, String status, long sequence) {
        change(
                patientId,
                "UPDATE schedule_session SET status = ?, last_sequence = ? WHERE session_id = ? AND last_sequence < ?",
                status,
                sequence,
                sessionId,
                sequence);
    }

    private void change(String patientId, String sql, Object... args) {
        PatientStatements.add(jdbc, GROUP, patientId, sql, args);
    }

    private static String given(PatientRegistered e) {
        return e.name() == null ? null : e.name().given();
    }

    private static String family(PatientRegistered e) {
        return e.name() == null ? null : e.name().family();
    }
}
