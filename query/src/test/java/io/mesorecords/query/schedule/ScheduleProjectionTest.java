package io.mesorecords.query.schedule;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.schedule.FindScheduleQuery;
import io.mesorecords.api.schedule.Schedule;
import io.mesorecords.api.schedule.ScheduledSession;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadSideTest
class ScheduleProjectionTest {

    private static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
    private static final Instant DAY = Instant.parse("2025-04-07T00:00:00Z");

    @Autowired
    RecordedEvents given;

    @Autowired
    QueryGateway queryGateway;

    private final ClinicId clinic = CLINIC;
    private final PatientId patient = PatientId.random();
    private final CourseId course = CourseId.random();

    @Test
    void theScheduleListsBookedSessionsOfTheDayInOrderOfStart() {
        SessionId late = SessionId.random();
        SessionId early = SessionId.random();
        SessionId nextDay = SessionId.random();
        given.record(
                NOW,
                registered(patient, "Ines", "Duarte"),
                coursePlanned(patient, course, LocalDate.of(2025, 4, 1)),
                scheduled(patient, course, late, at("15:00")),
                scheduled(patient, course, early, at("09:00")),
                scheduled(patient, course, nextDay, DAY.plusSeconds(36 * 3600)));
        given.awaitProjections();

        List<ScheduledSession> sessions = scheduleOf(null);

        assertThat(sessions)
                .extracting(ScheduledSession::sessionId)
                .containsSubsequence(early, late)
                .doesNotContain(nextDay);
        assertThat(find(sessions, early).patientName().family()).isEqualTo("Duarte");
        assertThat(find(sessions, early).practitionerId()).isEqualTo(DR_LEE);
    }

    @Test
    void rescheduledSessionsMoveAndClosedOnesLeaveTheSchedule() {
        SessionId moved = SessionId.random();
        SessionId cancelled = SessionId.random();
        SessionId noShow = SessionId.random();
        SessionId performed = SessionId.random();
        SessionId discontinued = SessionId.random();
        PractitionerId drKim = PractitionerId.of("dr-kim");
        given.record(
                NOW,
                registered(patient, "Ines", "Duarte"),
                coursePlanned(patient, course, LocalDate.of(2025, 4, 1)),
                scheduled(patient, course, moved, at("08:00")),
                scheduled(patient, course, cancelled, at("10:00")),
                scheduled(patient, course, noShow, at("11:00")),
                scheduled(patient, course, performed, at("12:00")),
                scheduled(patient, course, discontinued, at("13:00")),
                new SessionRescheduled(patient, moved, course, at("16:00"), drKim, 30),
                new SessionCancelled(patient, cancelled, course, "ill"),
                new NoShowRecorded(patient, noShow, course),
                performed(patient, course, performed, at("12:00"), LOT),
                new CourseDiscontinued(
                        patient,
                        course,
                        LocalDate.of(2025, 4, 2),
                        DiscontinuationReason.OTHER,
                        null,
                        List.of(discontinued)));
        given.awaitProjections();

        assertThat(scheduleOf(null))
                .extracting(ScheduledSession::sessionId)
                .contains(moved)
                .doesNotContain(cancelled, noShow, performed, discontinued);
        assertThat(find(scheduleOf(null), moved).startsAt()).isEqualTo(at("16:00"));
        assertThat(scheduleOf(drKim)).extracting(ScheduledSession::sessionId).containsExactly(moved);
        assertThat(scheduleOf(DR_LEE)).extracting(ScheduledSession::sessionId).doesNotContain(moved);
    }

    @Test
    void erasureRemovesThePatientsNameFromTheSchedule() {
        SessionId session = SessionId.random();
        given.record(
                NOW,
                registered(patient, "Ines", "Duarte"),
                coursePlanned(patient, course, LocalDate.of(2025, 4, 1)),
                scheduled(patient, course, session, at("10:30")),
                new PersonalDataErased(patient, LocalDate.of(2035, 1, 1), true, "request"));
        given.awaitProjections();

        assertThat(find(scheduleOf(null), session).patientName()).isNull();
    }

    private List<ScheduledSession> scheduleOf(PractitionerId practitioner) {
        return queryGateway
                .query(new FindScheduleQuery(clinic, practitioner, DAY, DAY.plusSeconds(86_400)), Schedule.class)
                .join()
                .sessions();
    }

    private static ScheduledSession find(List<ScheduledSession> sessions, SessionId id) {
        return sessions.stream()
                .filter(s -> s.sessionId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Instant at(String time) {
        return Instant.parse("2025-04-07T" + time + ":00Z");
    }
}
