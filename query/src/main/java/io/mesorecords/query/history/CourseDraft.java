package io.mesorecords.query.history;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.history.AssessmentHistory;
import io.mesorecords.api.history.CourseHistory;
import io.mesorecords.api.history.CourseHistory.CourseStatus;
import io.mesorecords.api.history.ReactionHistory;
import io.mesorecords.api.history.SessionHistory;
import io.mesorecords.api.history.SessionHistory.SessionStatus;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A course being folded: its own state plus its sessions, reactions and assessments in order of recording. */
final class CourseDraft {

    private final CourseId courseId;
    private final LocalDate plannedOn;
    private final Set<Indication> indications;
    private final Technique technique;
    private final List<CocktailProduct> cocktail;
    private final Set<TreatmentArea> areas;
    private final int intervalDays;
    private CourseStatus status;
    private int plannedSessions;
    private LocalDate closedOn;
    private DiscontinuationReason discontinuationReason;
    private String discontinuationDetails;
    private Score finalClinicianGais;
    private Score patientSatisfaction;
    private final Map<SessionId, SessionHistory> sessions = new LinkedHashMap<>();
    private final Map<ReactionId, ReactionHistory> reactions = new LinkedHashMap<>();
    private final List<AssessmentHistory> assessments = new ArrayList<>();

    private CourseDraft(CourseHistory course) {
        courseId = course.courseId();
        plannedOn = course.plannedOn();
        indications = course.indications();
        technique = course.technique();
        cocktail = course.cocktail();
        areas = course.areas();
        intervalDays = course.intervalDays();
        status = course.status();
        plannedSessions = course.plannedSessions();
        closedOn = course.closedOn();
        discontinuationReason = course.discontinuationReason();
        discontinuationDetails = course.discontinuationDetails();
        finalClinicianGais = course.finalClinicianGais();
        patientSatisfaction = course.patientSatisfaction();
        course.sessions().forEach(session -> sessions.put(session.sessionId(), session));
        course.reactions().forEach(reaction -> reactions.put(reaction.reactionId(), reaction));
        assessments.addAll(course.assessments());
    }

    static CourseDraft from(CourseHistory course) {
        return new CourseDraft(course);
    }

    static CourseDraft planned(CoursePlanned e) {
        return new CourseDraft(new CourseHistory(
                e.courseId(),
                CourseStatus.PLANNED,
                e.plannedOn(),
                e.indications(),
                e.technique(),
                e.cocktail(),
                e.areas(),
                e.plannedSessions(),
                e.intervalDays(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of()));
    }

    void extend(int additionalSessions) {
        plannedSessions += additionalSessions;
    }

    void complete(CourseCompleted e) {
        status = CourseStatus.COMPLETED;
        closedOn = e.completedOn();
        discontinuationReason = null;
        discontinuationDetails = null;
        finalClinicianGais = e.finalClinicianGais();
        patientSatisfaction = e.patientSatisfaction();
    }

    void discontinue(CourseDiscontinued e) {
        status = CourseStatus.DISCONTINUED;
        closedOn = e.discontinuedOn();
        discontinuationReason = e.reason();
        discontinuationDetails = e.details();
        finalClinicianGais = null;
        patientSatisfaction = null;
        e.cancelledSessions().forEach(id -> cancel(id, null));
    }

    void schedule(SessionScheduled e) {
        sessions.put(
                e.sessionId(),
                new SessionHistory(
                        e.sessionId(),
                        SessionStatus.SCHEDULED,
                        e.startsAt(),
                        e.practitionerId(),
                        e.plannedMinutes(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    void reschedule(SessionRescheduled e) {
        updateSession(
                e.sessionId(),
                s -> new SessionHistory(
                        s.sessionId(),
                        s.status(),
                        e.startsAt(),
                        e.practitionerId(),
                        e.plannedMinutes(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    void perform(SessionPerformed e) {
        SessionHistory booked = sessions.get(e.sessionId());
        sessions.put(
                e.sessionId(),
                new SessionHistory(
                        e.sessionId(),
                        SessionStatus.PERFORMED,
                        booked == null ? null : booked.startsAt(),
                        e.practitionerId(),
                        booked == null ? 0 : booked.plannedMinutes(),
                        e.performedAt(),
                        e.technique(),
                        e.products(),
                        e.depthMm(),
                        e.areas(),
                        e.anaesthetic(),
                        e.durationMinutes(),
                        e.notes(),
                        null));
    }

    void cancel(SessionId id, String reason) {
        updateSession(
                id, s -> s.status() != SessionStatus.SCHEDULED ? s : withStatus(s, SessionStatus.CANCELLED, reason));
    }

    void noShow(SessionId id) {
        updateSession(id, s -> withStatus(s, SessionStatus.NO_SHOW, null));
    }

    void react(ReactionRecorded e) {
        reactions.put(
                e.reactionId(),
                new ReactionHistory(
                        e.reactionId(),
                        e.sessionId(),
                        e.type(),
                        e.grade(),
                        e.serious(),
                        e.area(),
                        e.onsetAt(),
                        e.notes(),
                        null,
                        null));
    }

    boolean resolve(ReactionResolved e) {
        ReactionHistory r = reactions.get(e.reactionId());
        if (r == null) {
            return false;
        }
        reactions.put(
                r.reactionId(),
                new ReactionHistory(
                        r.reactionId(),
                        r.sessionId(),
                        r.type(),
                        r.grade(),
                        r.serious(),
                        r.area(),
                        r.onsetAt(),
                        r.notes(),
                        e.resolvedAt(),
                        e.outcome()));
        return true;
    }

    void assess(AssessmentRecorded e) {
        assessments.add(new AssessmentHistory(e.assessmentId(), e.timePoint(), e.score(), e.rater(), e.assessedAt()));
    }

    /** Erasure: free text goes, the clinical facts stay. */
    void redact() {
        discontinuationDetails = null;
        sessions.replaceAll((id, s) -> new SessionHistory(
                s.sessionId(),
                s.status(),
                s.startsAt(),
                s.practitionerId(),
                s.plannedMinutes(),
                s.performedAt(),
                s.technique(),
                s.products(),
                s.depthMm(),
                s.areas(),
                s.anaesthetic(),
                s.durationMinutes(),
                null,
                null));
        reactions.replaceAll((id, r) -> new ReactionHistory(
                r.reactionId(),
                r.sessionId(),
                r.type(),
                r.grade(),
                r.serious(),
                r.area(),
                r.onsetAt(),
                null,
                r.resolvedAt(),
                r.outcome()));
    }

    CourseHistory build() {
        return new CourseHistory(
                courseId,
                status,
                plannedOn,
                indications,
                technique,
                cocktail,
                areas,
                plannedSessions,
                intervalDays,
                closedOn,
                discontinuationReason,
                discontinuationDetails,
                finalClinicianGais,
                patientSatisfaction,
                List.copyOf(sessions.values()),
                List.copyOf(reactions.values()),
                List.copyOf(assessments));
    }

    private void updateSession(SessionId id, UnaryOperator<SessionHistory> change) {
        sessions.computeIfPresent(id, (key, s) -> change.apply(s));
    }

    private static SessionHistory withStatus(SessionHistory s, SessionStatus status, String reason) {
        return new SessionHistory(
                s.sessionId(),
                status,
                s.startsAt(),
                s.practitionerId(),
                s.plannedMinutes(),
                s.performedAt(),
                s.technique(),
                s.products(),
                s.depthMm(),
                s.areas(),
                s.anaesthetic(),
                s.durationMinutes(),
                s.notes(),
                reason);
    }
}
