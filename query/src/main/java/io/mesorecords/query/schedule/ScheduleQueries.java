package io.mesorecords.query.schedule;

import static io.mesorecords.query.projection.Sql.instant;
import static io.mesorecords.query.projection.Sql.timestamp;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.schedule.FindScheduleQuery;
import io.mesorecords.api.schedule.Schedule;
import io.mesorecords.api.schedule.ScheduledSession;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers schedule queries from the schedule read model: one index range scan. */
@Component
class ScheduleQueries {

    private final JdbcClient jdbc;

    ScheduleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Schedule handle(FindScheduleQuery query) {
        String practitioner =
                query.practitionerId() == null ? null : query.practitionerId().asString();
        var sessions = jdbc.sql(
                        """
                        SELECT s.session_id, s.patient_id, s.course_id, s.practitioner_id, s.starts_at,
                            s.planned_minutes, p.given_name, p.family_name
                        FROM schedule_session s JOIN schedule_patient p ON p.patient_id = s.patient_id
                        WHERE s.clinic_id = :clinic AND s.status = 'SCHEDULED'
                            AND s.starts_at >= :from AND s.starts_at < :to
                            AND (CAST(:practitioner AS VARCHAR(255)) IS NULL OR s.practitioner_id = :practitioner)
                        ORDER BY s.starts_at, s.session_id""")
                .param("clinic", query.clinicId().asString())
                .param("from", timestamp(query.from()))
                .param("to", timestamp(query.to()))
                .param("practitioner", practitioner)
                .query((rs, row) -> new ScheduledSession(
                        SessionId.of(rs.getString("session_id")),
                        PatientId.of(rs.getString("patient_id")),
                        name(rs.getString("given_name"), rs.getString("family_name")),
                        CourseId.of(rs.getString("course_id")),
                        PractitionerId.of(rs.getString("practitioner_id")),
                        instant(rs, "starts_at"),
                        rs.getInt("planned_minutes")))
                .list();
        return new Schedule(query.clinicId(), sessions);
    }

    static PersonName name(String given, String family) {
        return given == null && family == null ? null : new PersonName(given, family);
    }
}
