package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.ReactionType;
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
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Applies one event of a patient in the report to the read model; shared by live handling and by the rebuild of a
 * patient from their stream. Events about a course the report does not hold are ignored.
 */
class OutcomeRecorder {

    private final OutcomeRows rows;
    private final PatientStream stream;
    private final Pseudonyms keys;

    OutcomeRecorder(OutcomeRows rows, PatientStream stream, Pseudonyms keys) {
        this.rows = rows;
        this.stream = stream;
        this.keys = keys;
    }

    /** @param asOf the sequence number up to which corrections of patient facts apply */
    void record(DomainEventMessage<?> message, long asOf) {
        Object payload = message.getPayload();
        if (payload instanceof CoursePlanned e) {
            plan(e, message, asOf);
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
            Measure.of(e.score(), e.rater())
                    .ifPresent(measure -> rows.assessmentRecorded(
                            keys.assessment(e.assessmentId()),
                            keys.course(e.courseId()),
                            measure.name(),
                            OutcomeReportProjection.timeRank(e.timePoint()),
                            e.assessedAt().getEpochSecond(),
                            e.score().value()));
        } else if (payload instanceof EntryCorrected e) {
            correct(e);
        }
    }

    private void plan(CoursePlanned e, DomainEventMessage<?> message, long asOf) {
        String patientId = e.patientId().asString();
        PlanningFacts facts =
                PlanningFacts.fold(stream.upTo(patientId, asOf), message.getSequenceNumber(), asOf, e.plannedOn());
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

    private void correct(EntryCorrected e) {
        Map<String, String> values = e.correctedValues();
        String id = e.entry().id();
        switch (e.entry().type()) {
            case COURSE -> correctCourse(keys.course(id), values);
            case SESSION -> {
                if (values.get("practitionerId") != null
                        && !values.get("practitionerId").isBlank()) {
                    rows.correctPractitioner(
                            keys.session(id), values.get("practitionerId").trim());
                }
            }
            case REACTION -> correctReaction(keys.reaction(id), values);
            case ASSESSMENT -> {
                var score = Corrections.number(values.get("value"));
                if (score != null) {
                    rows.correctAssessment(keys.assessment(id), score);
                }
            }
            default -> {
                // Patient and screening corrections rebuild the patient (see OutcomeReportProjection).
            }
        }
    }

    private void correctCourse(long course, Map<String, String> values) {
        Integer gais = Corrections.grade(values.get("finalClinicianGais"), Scale.GAIS, null);
        if (gais != null) {
            rows.correctCourseOutcome(course, "final_gais", gais);
        }
        Integer satisfaction = Corrections.grade(values.get("patientSatisfaction"), Scale.SATISFACTION, null);
        if (satisfaction != null) {
            rows.correctCourseOutcome(course, "satisfaction", satisfaction);
        }
        String reason = values.get("reason");
        if (reason != null && isOneOf(reason, DiscontinuationReason.values())) {
            rows.correctCourseOutcome(course, "discontinuation_reason", reason);
        }
    }

    private void correctReaction(long reaction, Map<String, String> values) {
        Integer grade = Corrections.integer(values.get("grade"), 1, 5);
        if (grade != null) {
            rows.updateReaction(reaction, "grade", grade);
        }
        String type = values.get("type");
        if (type != null && isOneOf(type, ReactionType.values())) {
            rows.updateReaction(reaction, "reaction_type", type);
        }
        String serious = values.get("serious");
        if ("true".equals(serious) || "false".equals(serious)) {
            rows.updateReaction(reaction, "serious", Boolean.parseBoolean(serious));
        }
        var onset = Corrections.instant(values.get("onsetAt"), null);
        if (onset != null) {
            rows.updateReaction(reaction, "onset_epoch", onset.getEpochSecond());
        }
        var resolved = Corrections.instant(values.get("resolvedAt"), null);
        if (resolved != null) {
            rows.updateReaction(reaction, "resolved_epoch", resolved.getEpochSecond());
        }
    }

    private static boolean isOneOf(String name, Enum<?>[] values) {
        Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
        return names.contains(name);
    }

    private static Integer grade(Score score, Scale scale) {
        return score != null && score.scale() == scale && score.isValid()
                ? Integer.valueOf(score.value().intValue())
                : null;
    }
}
