package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.ReactionType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes of the outcome read model. Every write is idempotent: inserts skip existing keys, and the per-course metric
 * inputs are recomputed from the detail rows rather than incremented, so a redelivered event changes nothing. Within a
 * processor's batch (one unit of work, one transaction) the answers about which patients and courses the report holds
 * are remembered, and each touched course's metric inputs are recomputed once, just before the batch commits.
 */
class OutcomeRows {

    /** What one batch learnt and which courses it must recompute; lives and dies with its unit of work. */
    private static final class Batch {
        final Map<Long, Boolean> patients = new HashMap<>();
        final Map<Long, Boolean> courses = new HashMap<>();
        final Set<Long> counts = new LinkedHashSet<>();
        final Set<Long> assessments = new LinkedHashSet<>();
    }

    private static final long FORTY_EIGHT_HOURS = 48L * 3600;
    private static final String COURSES_OF_PATIENT = "(SELECT course_key FROM outcome_course WHERE patient_key = :p)";
    private static final List<String> COURSE_DETAIL_TABLES = List.of(
            "outcome_course_indication",
            "outcome_course_product",
            "outcome_course_ingredient",
            "outcome_course_practitioner",
            "outcome_session",
            "outcome_reaction",
            "outcome_assessment");

    private final JdbcClient jdbc;

    OutcomeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current batch, or none outside a unit of work (then every answer is read and every refresh immediate). */
    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(Batch.class.getName(), ignored -> {
            Batch batch = new Batch();
            unitOfWork.onPrepareCommit(u -> {
                batch.counts.forEach(this::refreshCounts);
                batch.assessments.forEach(this::refreshAssessments);
            });
            return batch;
        });
    }

    boolean includes(long patientKey) {
        Batch batch = batch();
        return batch == null ? isIncluded(patientKey) : batch.patients.computeIfAbsent(patientKey, this::isIncluded);
    }

    private boolean isIncluded(long patientKey) {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_patient WHERE patient_key = ?")
                        .param(patientKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void include(long patientKey) {
        jdbc.sql("INSERT INTO outcome_patient (patient_key) SELECT :p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM outcome_patient WHERE patient_key = :p)")
                .param("p", patientKey)
                .update();
        Batch batch = batch();
        if (batch != null) {
            batch.patients.put(patientKey, true);
        }
    }

    /** Removes the patient and everything recorded about them. */
    void forget(long patientKey) {
        forgetCourses(patientKey);
        jdbc.sql("DELETE FROM outcome_patient WHERE patient_key = ?")
                .param(patientKey)
                .update();
        Batch batch = batch();
        if (batch != null) {
            batch.patients.put(patientKey, false);
            batch.courses.clear();
        }
    }

    private void forgetCourses(long patientKey) {
        for (String table : COURSE_DETAIL_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE course_key IN " + COURSES_OF_PATIENT)
                    .param("p", patientKey)
                    .update();
        }
        jdbc.sql("DELETE FROM outcome_course WHERE patient_key = ?")
                .param(patientKey)
                .update();
    }

    void clear() {
        for (String table : COURSE_DETAIL_TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM outcome_course").update();
        jdbc.sql("DELETE FROM outcome_patient").update();
        Batch batch = batch();
        if (batch != null) {
            batch.patients.clear();
            batch.courses.clear();
        }
    }

    boolean hasCourse(long courseKey) {
        Batch batch = batch();
        return batch == null ? isCourse(courseKey) : batch.courses.computeIfAbsent(courseKey, this::isCourse);
    }

    private boolean isCourse(long courseKey) {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_course WHERE course_key = ?")
                        .param(courseKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void planCourse(CourseRow course) {
        if (hasCourse(course.courseKey())) {
            return;
        }
        Batch batch = batch();
        if (batch != null) {
            batch.courses.put(course.courseKey(), true);
        }
        jdbc.sql(
                        """
                        INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, age_band, fitzpatrick,
                            glogau, planned_month, planned_quarter, planned_year, status)
                        VALUES (:course, :patient, :clinic, :technique, :ageBand, :fitzpatrick,
                            :glogau, :month, :quarter, :year, 'PLANNED')""")
                .param("course", course.courseKey())
                .param("patient", course.patientKey())
                .param("clinic", course.clinicId())
                .param("technique", course.technique())
                .param("ageBand", course.facts().ageBand())
                .param("fitzpatrick", course.facts().fitzpatrick())
                .param("glogau", course.facts().glogau())
                .param("month", course.plannedMonth())
                .param("quarter", course.plannedQuarter())
                .param("year", course.plannedYear())
                .update();
        insertValues("outcome_course_indication", "indication", course.courseKey(), course.indications());
        insertValues("outcome_course_product", "product", course.courseKey(), course.products());
        insertValues("outcome_course_ingredient", "ingredient", course.courseKey(), course.ingredients());
    }

    private void insertValues(String table, String column, long courseKey, Set<String> values) {
        for (String value : values) {
            jdbc.sql("INSERT INTO " + table + " (course_key, " + column + ") VALUES (?, ?)")
                    .params(courseKey, value)
                    .update();
        }
    }

    void complete(long courseKey, Integer finalGais, Integer satisfaction) {
        jdbc.sql("UPDATE outcome_course SET status = 'COMPLETED', discontinuation_reason = NULL, final_gais = ?,"
                        + " satisfaction = ? WHERE course_key = ?")
                .params(finalGais, satisfaction, courseKey)
                .update();
    }

    void discontinue(long courseKey, String reason) {
        jdbc.sql("UPDATE outcome_course SET status = 'DISCONTINUED', discontinuation_reason = ? WHERE course_key = ?")
                .params(reason, courseKey)
                .update();
    }

    void correctIndications(long courseKey, Set<String> indications) {
        jdbc.sql("DELETE FROM outcome_course_indication WHERE course_key = ?")
                .param(courseKey)
                .update();
        insertValues("outcome_course_indication", "indication", courseKey, indications);
    }

    void sessionPerformed(long sessionKey, long courseKey, String practitionerId) {
        jdbc.sql("INSERT INTO outcome_session (session_key, course_key, practitioner_id) SELECT :s, :c, :p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM outcome_session WHERE session_key = :s)")
                .param("s", sessionKey)
                .param("c", courseKey)
                .param("p", practitionerId)
                .update();
        refreshPractitioners(courseKey);
        countsChanged(courseKey);
    }

    private void refreshPractitioners(long courseKey) {
        jdbc.sql("DELETE FROM outcome_course_practitioner WHERE course_key = ?")
                .param(courseKey)
                .update();
        jdbc.sql("INSERT INTO outcome_course_practitioner (course_key, practitioner_id)"
                        + " SELECT DISTINCT course_key, practitioner_id FROM outcome_session WHERE course_key = ?")
                .param(courseKey)
                .update();
    }

    void reactionRecorded(ReactionRow reaction) {
        jdbc.sql(
                        """
                        INSERT INTO outcome_reaction (reaction_key, course_key, session_key, reaction_type, grade,
                            serious, onset_epoch)
                        SELECT :r, :c, :s, :type, :grade, :serious, :onset
                        WHERE NOT EXISTS (SELECT 1 FROM outcome_reaction WHERE reaction_key = :r)""")
                .param("r", reaction.reactionKey())
                .param("c", reaction.courseKey())
                .param("s", reaction.sessionKey())
                .param("type", reaction.type())
                .param("grade", reaction.grade())
                .param("serious", reaction.serious())
                .param("onset", reaction.onsetEpoch())
                .update();
        countsChanged(reaction.courseKey());
    }

    /** Sets one column of a reaction (its resolution) and recomputes its course. */
    void updateReaction(long reactionKey, String column, Object value) {
        jdbc.sql("UPDATE outcome_reaction SET " + column + " = ? WHERE reaction_key = ?")
                .params(value, reactionKey)
                .update();
        jdbc.sql("SELECT course_key FROM outcome_reaction WHERE reaction_key = ?")
                .param(reactionKey)
                .query(Long.class)
                .optional()
                .ifPresent(this::countsChanged);
    }

    private void countsChanged(long courseKey) {
        Batch batch = batch();
        if (batch == null) {
            refreshCounts(courseKey);
        } else {
            batch.counts.add(courseKey);
        }
    }

    private void assessmentsChanged(long courseKey) {
        Batch batch = batch();
        if (batch == null) {
            refreshAssessments(courseKey);
        } else {
            batch.assessments.add(courseKey);
        }
    }

    private void refreshCounts(long courseKey) {
        jdbc.sql("UPDATE outcome_reaction SET duration_seconds = resolved_epoch - onset_epoch WHERE course_key = ?")
                .param(courseKey)
                .update();
        StringBuilder breakdown = new StringBuilder();
        for (ReactionType type : ReactionColumns.types()) {
            breakdown
                    .append(", ")
                    .append(ReactionColumns.of(type))
                    .append(" = ")
                    .append(sessionsWithReactions("r.reaction_type = '" + type.name() + "'"));
        }
        for (int grade : ReactionColumns.grades()) {
            breakdown
                    .append(", ")
                    .append(ReactionColumns.ofGrade(grade))
                    .append(" = ")
                    .append(sessionsWithReactions("r.grade = " + grade));
        }
        jdbc.sql(
                        """
                        UPDATE outcome_course SET
                            performed_sessions = (SELECT COUNT(*) FROM outcome_session s WHERE s.course_key = :c),
                            sessions_with_reaction = %s,
                            reactions = (SELECT COUNT(*) FROM outcome_reaction r WHERE r.course_key = :c),
                            reactions_within_48h = (SELECT COUNT(*) FROM outcome_reaction r WHERE r.course_key = :c
                                AND r.duration_seconds <= :limit)%s
                        WHERE course_key = :c"""
                                .formatted(sessionsWithReactions("1 = 1"), breakdown))
                .param("c", courseKey)
                .param("limit", FORTY_EIGHT_HOURS)
                .update();
    }

    /** Performed sessions of course {@code :c} with at least one reaction matching the (constant) condition. */
    private static String sessionsWithReactions(String condition) {
        return "(SELECT COUNT(DISTINCT r.session_key) FROM outcome_reaction r WHERE r.course_key = :c AND " + condition
                + " AND r.session_key IN (SELECT s.session_key FROM outcome_session s WHERE s.course_key = :c))";
    }

    void assessmentRecorded(
            long assessmentKey,
            long courseKey,
            String scale,
            String rater,
            int timeRank,
            long epoch,
            BigDecimal score) {
        jdbc.sql(
                        """
                        INSERT INTO outcome_assessment (assessment_key, course_key, scale, rater, time_rank,
                            assessed_epoch, score)
                        SELECT :a, :c, :scale, :rater, :rank, :epoch, :score
                        WHERE NOT EXISTS (SELECT 1 FROM outcome_assessment WHERE assessment_key = :a)""")
                .param("a", assessmentKey)
                .param("c", courseKey)
                .param("scale", scale)
                .param("rater", rater)
                .param("rank", timeRank)
                .param("epoch", epoch)
                .param("score", score)
                .update();
        assessmentsChanged(courseKey);
    }

    /** Sets one column of an assessment (a corrected rater or time) and recomputes its course. */
    void correctAssessment(long assessmentKey, String column, Object value) {
        jdbc.sql("UPDATE outcome_assessment SET " + column + " = ? WHERE assessment_key = ?")
                .params(value, assessmentKey)
                .update();
        jdbc.sql("SELECT course_key FROM outcome_assessment WHERE assessment_key = ?")
                .param(assessmentKey)
                .query(Long.class)
                .optional()
                .ifPresent(this::assessmentsChanged);
    }

    private void refreshAssessments(long courseKey) {
        AssessmentSeries wsrs = series(courseKey, Measure.WSRS);
        AssessmentSeries hydration = series(courseKey, Measure.HYDRATION);
        AssessmentSeries elasticity = series(courseKey, Measure.ELASTICITY);
        jdbc.sql(
                        """
                        UPDATE outcome_course SET wsrs_baseline = ?, wsrs_last = ?, hydration_baseline = ?,
                            hydration_last = ?, elasticity_baseline = ?, elasticity_last = ? WHERE course_key = ?""")
                .params(
                        wsrs.baseline(),
                        wsrs.last(),
                        hydration.baseline(),
                        hydration.last(),
                        elasticity.baseline(),
                        elasticity.last(),
                        courseKey)
                .update();
    }

    private AssessmentSeries series(long courseKey, Measure measure) {
        // A patient's own rating is not comparable with the clinician's.
        return AssessmentSeries.of(jdbc.sql("SELECT time_rank, assessed_epoch, score FROM outcome_assessment"
                        + " WHERE course_key = ? AND scale = ? AND rater = 'CLINICIAN'")
                .params(courseKey, measure.name())
                .query((rs, n) -> new AssessmentSeries.Point(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list());
    }
}
