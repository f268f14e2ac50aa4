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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booked sessions per clinic, practitioner and start. Every row remembers the patient sequence number that last
 * changed it and only a later one changes it again, so redelivered events change nothing.
 */
@Component
@ProcessingGroup(ScheduleProjection.GROUP)
class ScheduleProjection {

    static final String GROUP = "schedule";

    private final JdbcClient jdbc;

    ScheduleProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        INSERT INTO schedule_patient (patient_id, clinic_id, given_name, family_name, last_sequence)
                        SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM schedule_patient WHERE patient_id = ?)""")
                .params(
                        e.patientId().asString(),
                        e.clinicId().asString(),
                        given(e),
                        family(e),
                        sequence,
                        e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(PersonalDataErased e) {
        jdbc.sql("UPDATE schedule_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?")
                .param(e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(SessionScheduled e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        INSERT INTO schedule_session (session_id, patient_id, course_id, clinic_id, practitioner_id,
                            starts_at, planned_minutes, status, last_sequence)
                        SELECT ?, p.patient_id, ?, p.clinic_id, ?, ?, ?, 'SCHEDULED', ? FROM schedule_patient p
                        WHERE p.patient_id = ? AND NOT EXISTS (SELECT 1 FROM schedule_session WHERE session_id = ?)""")
                .params(
                        e.sessionId().asString(),
                        e.courseId().asString(),
                        e.practitionerId().asString(),
                        timestamp(e.startsAt()),
                        e.plannedMinutes(),
                        sequence,
                        e.patientId().asString(),
                        e.sessionId().asString())
                .update();
    }

    @EventHandler
    void on(SessionRescheduled e, @SequenceNumber long sequence) {
        jdbc.sql(
                        """
                        UPDATE schedule_session SET starts_at = ?, practitioner_id = ?, planned_minutes = ?,
                            last_sequence = ? WHERE session_id = ? AND last_sequence < ?""")
                .params(
                        timestamp(e.startsAt()),
                        e.practitionerId().asString(),
                        e.plannedMinutes(),
                        sequence,
                        e.sessionId().asString(),
                        sequence)
                .update();
    }

    @EventHandler
    void on(SessionCancelled e, @SequenceNumber long sequence) {
        close(e.sessionId().asString(), "CANCELLED", sequence);
    }

    @EventHandler
    void on(NoShowRecorded e, @SequenceNumber long sequence) {
        close(e.sessionId().asString(), "NO_SHOW", sequence);
    }

    @EventHandler
    void on(SessionPerformed e, @SequenceNumber long sequence) {
        close(e.sessionId().asString(), "PERFORMED", sequence);
    }

    @EventHandler
    void on(CourseDiscontinued e, @SequenceNumber long sequence) {
        e.cancelledSessions().forEach(id -> close(id.asString(), "CANCELLED", sequence));
    }

    @ResetHandler
    void onReset() {
        jdbc.sql("DELETE FROM schedule_session").update();
        jdbc.sql("DELETE FROM schedule_patient").update();
    }

    private void close(String sessionId, String status, long sequence) {
        jdbc.sql("UPDATE schedule_session SET status = ?, last_sequence = ? WHERE session_id = ? AND last_sequence < ?")
                .params(status, sequence, sessionId, sequence)
                .update();
    }

    private static String given(PatientRegistered e) {
        return e.name() == null ? null : e.name().given();
    }

    private static String family(PatientRegistered e) {
        return e.name() == null ? null : e.name().family();
    }
}
