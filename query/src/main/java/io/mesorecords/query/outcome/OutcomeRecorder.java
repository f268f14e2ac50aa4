package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.CorrectableField;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Applies one event of a patient in the report to the read model; shared by live handling and by the rebuild of a
 * patient from their stream. Events about a course the report does not hold are ignored.
 */
class OutcomeRecorder {

    private final OutcomeRows rows;
    private final Pseudonyms keys;

    OutcomeRecorder(OutcomeRows rows, Pseudonyms keys) {
        this.rows = rows;
        this.keys = keys;
    }

    /**
     * Records the event; {@code before} gives the planning facts' sources of the patient's events before it (asked
     * only for a planned course).
     */
    void record(DomainEventMessage<?> message, Supplier<PlanningFacts.Sources> before) {
        Object payload = message.getPayload();
        if (payload instanceof CoursePlanned e) {
            plan(e, message, before.get());
        } else if (payload instanceof CourseCompleted e && rows.hasCourse(keys.course(e.courseId()))) {
            rows.complete(
                    keys.course(e.courseId()),
                    grade(e.finalClinicianGais(), Scale.GAIS),
                    grade(e.patientSatisfaction(), Scale.SATISFACTION));
        } else if (payload instanceof CourseDiscontinued e && rows.hasCourse(keys.course(e.courseId()))) {
            rows.discontinue(keys.course(e.courseId()), e.reason().name());
        } else if (payload instanceof SessionPerformed e && rows.hasCourse(keys.course(e.courseId()))) {
            rows.sessionPerformed(
                    keys.session(e.sessionId()),
                    keys.course(e.courseId()),
                    e.practitionerId().asString());
        } else if (payload instanceof ReactionRecorded e && rows.hasCourse(keys.course(e.courseId()))) {
            rows.reactionRecorded(new ReactionRow(
                    keys.reaction(e.reactionId()),
                    keys.course(e.courseId()),
                    keys.session(e.sessionId()),
                    e.type().name(),
                    e.grade(),
                    e.serious(),
                    e.onsetAt().getEpochSecond()));
        } else if (payload instanceof ReactionResolved e) {
            rows.updateReaction(
                    keys.reaction(e.reactionId()),
                    "resolved_epoch",
                    e.resolvedAt().getEpochSecond());
        } else if (payload instanceof AssessmentRecorded e && rows.hasCourse(keys.course(e.courseId()))) {
            Measure.of(e.score())
                    .ifPresent(measure -> rows.assessmentRecorded(
                            keys.assessment(e.assessmentId()),
                            keys.course(e.courseId()),
                            measure.name(),
                            e.rater().name(),
                            OutcomeReportProjection.timeRank(e.timePoint()),
                            e.assessedAt().getEpochSecond(),
                            e.score().value()));
        } else if (payload instanceof EntryCorrected e) {
            correct(e);
        }
    }

    private void plan(CoursePlanned e, DomainEventMessage<?> message, PlanningFacts.Sources before) {
        PlanningFacts facts = before.at(e.plannedOn());
        // The course belongs to the clinic that planned it; the patient's home clinic when the metadata lacks one.
        Object clinic = message.getMetaData().get(RecordMetadata.CLINIC_ID);
        String clinicId = clinic != null ? clinic.toString() : facts.registeredClinic();
        rows.planCourse(new CourseRow(
                keys.course(e.courseId()),
                keys.patient(e.patientId()),
                clinicId == null ? "UNKNOWN" : clinicId,
                e.technique().name(),
                facts,
                e.plannedOn(),
                e.indications().stream().map(Enum::name).collect(Collectors.toSet()),
                e.cocktail().stream().map(CocktailProduct::name).collect(Collectors.toSet()),
                e.cocktail().stream()
                        .flatMap(p -> p.ingredients().stream())
                        .map(Ingredient::name)
                        .collect(Collectors.toSet())));
    }

    /**
     * Of the correctable fields ({@link CorrectableField}) only a course's indications and an assessment's rater and
     * time reach the report; the others are names, contact data, free text or session details it does not keep.
     */
    private void correct(EntryCorrected e) {
        Map<String, String> values = e.correctedValues();
        String id = e.entry().id();
        switch (e.entry().type()) {
            case COURSE ->
                Corrections.indications(values.get(CorrectableField.COURSE_INDICATIONS.key()))
                        .ifPresent(indications -> rows.correctIndications(keys.course(id), indications));
            case ASSESSMENT -> {
                long assessment = keys.assessment(id);
                Corrections.rater(values.get(CorrectableField.ASSESSMENT_RATER.key()))
                        .ifPresent(rater -> rows.correctAssessment(assessment, "rater", rater.name()));
                Corrections.instant(values.get(CorrectableField.ASSESSMENT_ASSESSED_AT.key()))
                        .ifPresent(at -> rows.correctAssessment(assessment, "assessed_epoch", at.getEpochSecond()));
            }
            default -> {
                // Nothing the report keeps.
            }
        }
    }

    private static Integer grade(Score score, Scale scale) {
        return score != null && score.scale() == scale && score.isValid()
                ? Integer.valueOf(score.value().intValue())
                : null;
    }
}
