package io.mesorecords.command.record;

import static io.mesorecords.command.record.SchedulingRules.assertCourseOpen;
import static io.mesorecords.command.record.SchedulingRules.assertIntervalRespected;
import static io.mesorecords.command.record.SchedulingRules.assertNoOverlap;
import static io.mesorecords.command.record.SchedulingRules.assertWithinPlannedSessions;
import static io.mesorecords.command.record.SessionRules.assertStillScheduled;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.course.CompleteCourse;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.DiscontinueCourse;
import io.mesorecords.api.course.ExtendCourse;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.reaction.RecordReaction;
import io.mesorecords.api.reaction.ResolveReaction;
import io.mesorecords.api.session.CancelSession;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.RecordNoShow;
import io.mesorecords.api.session.RecordSessionPerformed;
import io.mesorecords.api.session.RescheduleSession;
import io.mesorecords.api.session.ScheduleSession;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The patient record's decisions about the treatment itself: booking, performing and closing sessions and courses, and
 * the reactions that follow. Each handler returns the record's version after the command, for the client's next
 * {@code If-Match}.
 */
abstract class TreatmentHandlers extends Treatment {

    @CommandHandler
    public Long handle(ScheduleSession command) {
        assertRecordOpen();
        assertSessionIsNew(command.sessionId());
        Course course = course(command.courseId());
        assertCourseOpen(course);
        assertIntervalRespected(course, sessions(), command.startsAt(), null);
        assertNoOverlap(sessions(), command.startsAt(), command.plannedMinutes(), null);
        assertWithinPlannedSessions(course, sessions());
        apply(new SessionScheduled(
                command.patientId(),
                command.sessionId(),
                command.courseId(),
                command.startsAt(),
                command.practitionerId(),
                command.plannedMinutes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RescheduleSession command) {
        assertRecordOpen();
        Session session = session(command.sessionId());
        assertStillScheduled(session);
        Course course = course(session.courseId());
        assertIntervalRespected(course, sessions(), command.startsAt(), session.id());
        assertNoOverlap(sessions(), command.startsAt(), command.plannedMinutes(), session.id());
        apply(new SessionRescheduled(
                command.patientId(),
                command.sessionId(),
                session.courseId(),
                command.startsAt(),
                command.practitionerId(),
                command.plannedMinutes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CancelSession command) {
        assertRecordOpen();
        Session session = session(command.sessionId());
        assertStillScheduled(session);
        apply(new SessionCancelled(command.patientId(), command.sessionId(), session.courseId(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordNoShow command) {
        assertRecordOpen();
        Session session = session(command.sessionId());
        assertStillScheduled(session);
        apply(new NoShowRecorded(command.patientId(), command.sessionId(), session.courseId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordSessionPerformed command) {
        assertRecordOpen();
        Session session = session(command.sessionId());
        assertStillScheduled(session);
        // The screening may have changed since the course was planned: judge on the one in force now.
        assertTreatable(ingredientsOf(command.products()), command.areas());
        SessionRules.assertLotNotExpired(
                command.products(), LocalDate.ofInstant(command.performedAt(), ZoneOffset.UTC));
        SessionRules.assertDepthFitsTechnique(command.technique(), command.depthMm());
        apply(new SessionPerformed(
                command.patientId(),
                command.sessionId(),
                session.courseId(),
                command.performedAt(),
                command.practitionerId(),
                command.technique(),
                command.products(),
                command.depthMm(),
                command.areas(),
                command.anaesthetic(),
                command.durationMinutes(),
                command.notes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordReaction command) {
        assertRecordOpen();
        assertReactionIsNew(command.reactionId());
        Session session = session(command.sessionId());
        ReactionRules.assertSessionPerformed(session);
        ReactionRules.assertOnsetAfterSession(session, command.onsetAt());
        apply(new ReactionRecorded(
                command.patientId(),
                command.reactionId(),
                command.sessionId(),
                session.courseId(),
                command.type(),
                command.grade(),
                command.serious(),
                command.area(),
                command.onsetAt(),
                command.notes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ResolveReaction command) {
        assertRecordOpen();
        Reaction reaction = reaction(command.reactionId());
        ReactionRules.assertNotYetResolved(reaction);
        ReactionRules.assertResolvedAfterOnset(reaction, command.resolvedAt());
        apply(new ReactionResolved(command.patientId(), command.reactionId(), command.resolvedAt(), command.outcome()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ExtendCourse command) {
        assertRecordOpen();
        Course course = course(command.courseId());
        assertCourseOpen(course);
        CourseRules.assertSessionCountPlausible(command.additionalSessions());
        apply(new CourseExtended(
                command.patientId(), command.courseId(), command.additionalSessions(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CompleteCourse command) {
        assertRecordOpen();
        Course course = course(command.courseId());
        assertCourseOpen(course);
        CourseRules.assertHasPerformedSession(course, sessions());
        CourseRules.assertNoSessionStillScheduled(course, sessions());
        Scores.assertScoreOn(Scale.GAIS, command.finalClinicianGais());
        Scores.assertScoreOn(Scale.SATISFACTION, command.patientSatisfaction());
        apply(new CourseCompleted(
                command.patientId(),
                command.courseId(),
                command.completedOn(),
                command.finalClinicianGais(),
                command.patientSatisfaction()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(DiscontinueCourse command) {
        assertRecordOpen();
        Course course = course(command.courseId());
        assertCourseOpen(course);
        apply(new CourseDiscontinued(
                command.patientId(),
                command.courseId(),
                command.discontinuedOn(),
                command.reason(),
                command.details(),
                scheduledSessionsOf(course)));
        return AggregateLifecycle.getVersion();
    }

    private static Set<Ingredient> ingredientsOf(List<ProductUse> products) {
        return products.stream().flatMap(p -> p.ingredients().stream()).collect(Collectors.toSet());
    }
}
