package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.ASSESSMENT_ALREADY_EXISTS;
import static io.mesorecords.api.common.Rejection.COURSE_ALREADY_EXISTS;
import static io.mesorecords.api.common.Rejection.COURSE_NOT_FOUND;
import static io.mesorecords.api.common.Rejection.REACTION_ALREADY_EXISTS;
import static io.mesorecords.api.common.Rejection.REACTION_NOT_FOUND;
import static io.mesorecords.api.common.Rejection.SESSION_ALREADY_EXISTS;
import static io.mesorecords.api.common.Rejection.SESSION_NOT_FOUND;

import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The treatment state of a patient record (courses, sessions, reactions, assessments) and how it is found and changed.
 * The decisions about it live in {@link PatientRecord} and {@link TreatmentHandlers}; this class only looks up and
 * assigns. Children are keyed by their id's string form in sorted maps, so a snapshot is written the same way every time.
 */
@Snapshottable
abstract class Treatment {

    @AggregateIdentifier
    private PatientId patientId;

    private TreeMap<String, Course> courses = new TreeMap<>();
    private TreeMap<String, Session> sessions = new TreeMap<>();
    private TreeMap<String, Reaction> reactions = new TreeMap<>();
    private TreeMap<String, Assessment> assessments = new TreeMap<>();

    /** Refuses every command once the patient's personal data is erased. */
    protected abstract void assertRecordOpen();

    /** Refuses a treatment with these ingredients in these areas when a contraindication holds now. */
    protected abstract void assertTreatable(Collection<Ingredient> ingredients, Collection<TreatmentArea> areas);

    protected PatientId patientId() {
        return patientId;
    }

    protected void identify(PatientId id) {
        this.patientId = id;
    }

    Course course(CourseId id) {
        Course course = courses.get(id.toString());
        if (course == null) {
            throw new RuleViolation(COURSE_NOT_FOUND, "The patient has no course " + id + ".");
        }
        return course;
    }

    Session session(SessionId id) {
        Session session = sessions.get(id.toString());
        if (session == null) {
            throw new RuleViolation(SESSION_NOT_FOUND, "The patient has no session " + id + ".");
        }
        return session;
    }

    Reaction reaction(ReactionId id) {
        Reaction reaction = reactions.get(id.toString());
        if (reaction == null) {
            throw new RuleViolation(REACTION_NOT_FOUND, "The patient has no reaction " + id + ".");
        }
        return reaction;
    }

    Collection<Session> sessions() {
        return sessions.values();
    }

    List<SessionId> scheduledSessionsOf(Course course) {
        return sessions.values().stream()
                .filter(s -> s.belongsTo(course.id()) && s.isScheduled())
                .map(Session::id)
                .toList();
    }

    Optional<Instant> lastPerformedSession() {
        return sessions.values().stream()
                .filter(Session::isPerformed)
                .map(Session::performedAt)
                .max(Instant::compareTo);
    }

    void assertCourseIsNew(CourseId id) {
        if (courses.containsKey(id.toString())) {
            throw new RuleViolation(COURSE_ALREADY_EXISTS, "The patient already has a course " + id + ".");
        }
    }

    void assertSessionIsNew(SessionId id) {
        if (sessions.containsKey(id.toString())) {
            throw new RuleViolation(SESSION_ALREADY_EXISTS, "The patient already has a session " + id + ".");
        }
    }

    void assertReactionIsNew(ReactionId id) {
        if (reactions.containsKey(id.toString())) {
            throw new RuleViolation(REACTION_ALREADY_EXISTS, "The patient already has a reaction " + id + ".");
        }
    }

    void assertAssessmentIsNew(AssessmentId id) {
        if (assessments.containsKey(id.toString())) {
            throw new RuleViolation(ASSESSMENT_ALREADY_EXISTS, "The patient already has an assessment " + id + ".");
        }
    }

    boolean hasTreatmentEntry(EntryType type, String id) {
        return switch (type) {
            case COURSE -> courses.containsKey(id);
            case SESSION -> sessions.containsKey(id);
            case REACTION -> reactions.containsKey(id);
            case ASSESSMENT -> assessments.containsKey(id);
            default -> false;
        };
    }

    @EventSourcingHandler
    void on(CoursePlanned event) {
        courses.put(event.courseId().toString(), new Course(event));
    }

    @EventSourcingHandler
    void on(CourseExtended event) {
        courses.get(event.courseId().toString()).extend(event.additionalSessions());
    }

    @EventSourcingHandler
    void on(CourseCompleted event) {
        courses.get(event.courseId().toString()).close(Course.Status.COMPLETED);
    }

    @EventSourcingHandler
    void on(CourseDiscontinued event) {
        courses.get(event.courseId().toString()).close(Course.Status.DISCONTINUED);
        event.cancelledSessions().forEach(id -> sessions.get(id.toString()).cancelled());
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessments.put(
                event.assessmentId().toString(),
                new Assessment(
                        event.assessmentId(), event.courseId(), event.score().scale()));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessions.put(
                event.sessionId().toString(),
                new Session(event.sessionId(), event.courseId(), event.startsAt(), event.plannedMinutes()));
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        sessions.get(event.sessionId().toString()).moveTo(event.startsAt(), event.plannedMinutes());
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        sessions.get(event.sessionId().toString()).cancelled();
    }

    @EventSourcingHandler
    void on(NoShowRecorded event) {
        sessions.get(event.sessionId().toString()).missed();
    }

    @EventSourcingHandler
    void on(SessionPerformed event) {
        sessions.get(event.sessionId().toString()).performed(event.performedAt());
    }

    @EventSourcingHandler
    void on(ReactionRecorded event) {
        reactions.put(event.reactionId().toString(), new Reaction(event.reactionId(), event.onsetAt()));
    }

    @EventSourcingHandler
    void on(ReactionResolved event) {
        reactions.get(event.reactionId().toString()).resolve();
    }
}
