package io.mesorecords.query.outcome;

import io.mesorecords.query.projection.ReadModelTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes of the outcome read model. Every write is idempotent: inserts skip existing keys, and the per-course metric
 * inputs are recomputed from the detail rows rather than incremented, so a redelivered event changes nothing. Inside a
 * processor's batch the work is gathered in an {@link OutcomeBatch} and sent just before the batch commits; outside
 * one (a test handing events to the projection) every change is made at once.
 */
class OutcomeRows {

    /** The patients and courses a batch's events are about, to learn in one query each whether the report holds them. */
    record Keys(Set<Long> patients, Set<Long> courses) {}

    private static final String COURSES_OF_PATIENT = "(SELECT course_key FROM outcome_course WHERE patient_key = ?)";
    private static final List<String> COURSE_DETAIL_TABLES = List.of(
            "outcome_course_indication",
            "outcome_course_product",
            "outcome_course_ingredient",
            "outcome_course_practitioner",
            "outcome_session",
            "outcome_reaction",
            "outcome_assessment");

    /**
     * Every table of the read model, the course table first: a report reads it before the others in its transaction,
     * so a reset that locks it first waits for running reports and never holds a table one of them still needs.
     */
    static final String[] TABLES;

    static {
        List<String> tables = new ArrayList<>(List.of("outcome_course", "outcome_patient"));
        tables.addAll(COURSE_DETAIL_TABLES);
        TABLES = tables.toArray(String[]::new);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Function<List<? extends EventMessage<?>>, Keys> keysOfBatch;

    OutcomeRows(DataSource dataSource, Function<List<? extends EventMessage<?>>, Keys> keysOfBatch) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.keysOfBatch = keysOfBatch;
    }

    /** The current batch, created (and its keys looked up) on first use; none outside a unit of work. */
    private OutcomeBatch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(OutcomeBatch.class.getName(), ignored -> {
            OutcomeBatch batch = new OutcomeBatch();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                List<EventMessage<?>> messages = new ArrayList<>();
                batching.getMessages().forEach(message -> messages.add((EventMessage<?>) message));
                Keys keys = keysOfBatch.apply(messages);
                lookUp("SELECT patient_key FROM outcome_patient", "patient_key", keys.patients(), batch.patients);
                lookUp("SELECT course_key FROM outcome_course", "course_key", keys.courses(), batch.courses);
            }
            unitOfWork.onPrepareCommit(u -> flush(batch));
            return batch;
        });
    }

    private void lookUp(String select, String column, Set<Long> keys, Map<Long, Boolean> known) {
        if (keys.isEmpty()) {
            return;
        }
        keys.forEach(key -> known.put(key, false));
        jdbc.sql(select + " WHERE " + column + " IN (:keys)")
                .param("keys", List.copyOf(keys))
                .query(Long.class)
                .list()
                .forEach(key -> known.put(key, true));
    }

    private void flush(OutcomeBatch batch) {
        for (Map<String, List<Object[]>> round : batch.drain()) {
            round.forEach(this::batchUpdate);
        }
        writeMetrics(countsOf(List.copyOf(batch.countsChanged)), assessmentsOf(List.copyOf(batch.assessmentsChanged)));
        batch.countsChanged.clear();
        batch.assessmentsChanged.clear();
    }

    /** The patient whose event is handled next; their changes keep their order. */
    void about(long patientKey) {
        OutcomeBatch batch = batch();
        if (batch != null) {
            batch.about(patientKey);
        }
    }

    private void change(String sql, Object... args) {
        OutcomeBatch batch = batch();
        if (batch == null) {
            template.update(sql, args);
        } else {
            batch.change(sql, args);
        }
    }

    /** Before reading rows this batch may have changed. */
    private void flushPending() {
        OutcomeBatch batch = batch();
        if (batch != null) {
            flush(batch);
        }
    }

    boolean includes(long patientKey) {
        OutcomeBatch batch = batch();
        return batch == null ? isIncluded(patientKey) : batch.patients.computeIfAbsent(patientKey, this::isIncluded);
    }

    private boolean isIncluded(long patientKey) {
        return exists("SELECT COUNT(*) FROM outcome_patient WHERE patient_key = ?", patientKey);
    }

    void include(long patientKey) {
        change(
                "INSERT INTO outcome_patient (patient_key) SELECT ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM outcome_patient WHERE patient_key = ?)",
                patientKey,
                patientKey);
        OutcomeBatch batch = batch();
        if (batch != null) {
            batch.patients.put(patientKey, true);
        }
    }

    /** Removes the patient and everything recorded about them. */
    void forget(long patientKey) {
        for (String table : COURSE_DETAIL_TABLES) {
            change("DELETE FROM " + table + " WHERE course_key IN " + COURSES_OF_PATIENT, patientKey);
        }
        change("DELETE FROM outcome_course WHERE patient_key = ?", patientKey);
        change("DELETE FROM outcome_patient WHERE patient_key = ?", patientKey);
        OutcomeBatch batch = batch();
        if (batch != null) {
            batch.patients.put(patientKey, false);
            // Which of the courses were the patient's is not known here: ask the store again after the deletes.
            batch.courses.clear();
            flush(batch);
        }
    }

    void clear() {
        flushPending();
        ReadModelTables.empty(template, TABLES);
        OutcomeBatch batch = batch();
        if (batch != null) {
            batch.patients.clear();
            batch.courses.clear();
        }
    }

    boolean hasCourse(long courseKey) {
        OutcomeBatch batch = batch();
        return batch == null ? isCourse(courseKey) : batch.courses.computeIfAbsent(courseKey, this::isCourse);
    }

    private boolean isCourse(long courseKey) {
        return exists("SELECT COUNT(*) FROM outcome_course WHERE course_key = ?", courseKey);
    }

    private boolean exists(String count, long key) {
        return jdbc.sql(count).param(key).query(Long.class).single() > 0;
    }

    void planCourse(CourseRow course) {
        if (hasCourse(course.courseKey())) {
            return;
        }
        OutcomeBatch batch = batch();
        if (batch != null) {
            batch.courses.put(course.courseKey(), true);
        }
        change(
                """
                INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, age_band, fitzpatrick,
                    glogau, planned_month, planned_quarter, planned_year, status, indications, ingredients)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""",
                course.courseKey(),
                course.patientKey(),
                course.clinicId(),
                course.technique(),
                course.facts().ageBand(),
                course.facts().fitzpatrick(),
                course.facts().glogau(),
                course.plannedMonth(),
                course.plannedQuarter(),
                course.plannedYear(),
                ValueSet.of(course.indications()),
                ValueSet.of(course.ingredients()));
        insertValues("outcome_course_indication", "indication", course.courseKey(), course.indications());
        insertValues("outcome_course_product", "product", course.courseKey(), course.products());
        insertValues("outcome_course_ingredient", "ingredient", course.courseKey(), course.ingredients());
    }

    private void insertValues(String table, String column, long courseKey, Set<String> values) {
        for (String value : values) {
            change("INSERT INTO " + table + " (course_key, " + column + ") VALUES (?, ?)", courseKey, value);
        }
    }

    void complete(long courseKey, Integer finalGais, Integer satisfaction) {
        change(
                "UPDATE outcome_course SET status = 'COMPLETED', discontinuation_reason = NULL, final_gais = ?,"
                        + " satisfaction = ? WHERE course_key = ?",
                finalGais,
                satisfaction,
                courseKey);
    }

    void discontinue(long courseKey, String reason) {
        change(
                "UPDATE outcome_course SET status = 'DISCONTINUED', discontinuation_reason = ? WHERE course_key = ?",
                reason,
                courseKey);
    }

    void correctIndications(long courseKey, Set<String> indications) {
        change("UPDATE outcome_course SET indications = ? WHERE course_key = ?", ValueSet.of(indications), courseKey);
        change("DELETE FROM outcome_course_indication WHERE course_key = ?", courseKey);
        insertValues("outcome_course_indication", "indication", courseKey, indications);
    }

    void sessionPerformed(long sessionKey, long courseKey, String practitionerId) {
        change(
                "INSERT INTO outcome_session (session_key, course_key, practitioner_id) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM outcome_session WHERE session_key = ?)",
                sessionKey,
                courseKey,
                practitionerId,
                sessionKey);
        countsChanged(courseKey);
    }

    void reactionRecorded(ReactionRow reaction) {
        change(
                """
                INSERT INTO outcome_reaction (reaction_key, course_key, session_key, reaction_type, grade,
                    serious, onset_epoch)
                SELECT ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM outcome_reaction WHERE reaction_key = ?)""",
                reaction.reactionKey(),
                reaction.courseKey(),
                reaction.sessionKey(),
                reaction.type(),
                reaction.grade(),
                reaction.serious(),
                reaction.onsetEpoch(),
                reaction.reactionKey());
        countsChanged(reaction.courseKey());
    }

    /** Sets one column of a reaction (its resolution) and recomputes its course. */
    void updateReaction(long reactionKey, String column, Object value) {
        flushPending();
        jdbc.sql("UPDATE outcome_reaction SET " + column + " = ? WHERE reaction_key = ?")
                .params(value, reactionKey)
                .update();
        jdbc.sql("SELECT course_key FROM outcome_reaction WHERE reaction_key = ?")
                .param(reactionKey)
                .query(Long.class)
                .optional()
                .ifPresent(this::countsChanged);
    }

    void assessmentRecorded(
            long assessmentKey,
            long courseKey,
            String scale,
            String rater,
            int timeRank,
            long epoch,
            BigDecimal score) {
        change(
                """
                INSERT INTO outcome_assessment (assessment_key, course_key, scale, rater, time_rank,
                    assessed_epoch, score)
                SELECT ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM outcome_assessment WHERE assessment_key = ?)""",
                assessmentKey,
                courseKey,
                scale,
                rater,
                timeRank,
                epoch,
                score,
                assessmentKey);
        assessmentsChanged(courseKey);
    }

    /** Sets one column of an assessment (a corrected rater or time) and recomputes its course. */
    void correctAssessment(long assessmentKey, String column, Object value) {
        flushPending();
        jdbc.sql("UPDATE outcome_assessment SET " + column + " = ? WHERE assessment_key = ?")
                .params(value, assessmentKey)
                .update();
        jdbc.sql("SELECT course_key FROM outcome_assessment WHERE assessment_key = ?")
                .param(assessmentKey)
                .query(Long.class)
                .optional()
                .ifPresent(this::assessmentsChanged);
    }

    private void countsChanged(long courseKey) {
        OutcomeBatch batch = batch();
        if (batch == null) {
            writeMetrics(countsOf(List.of(courseKey)), Map.of());
        } else {
            batch.countsChanged.add(courseKey);
        }
    }

    private void assessmentsChanged(long courseKey) {
        OutcomeBatch batch = batch();
        if (batch == null) {
            writeMetrics(Map.of(), assessmentsOf(List.of(courseKey)));
        } else {
            batch.assessmentsChanged.add(courseKey);
        }
    }

    /**
     * The session and reaction counts of the courses ({@link CourseCounts#COLUMNS}), by course, from their detail rows:
     * read in one query per table for all of them and counted here. Their practitioner rows and reaction durations are
     * brought up to date on the way; rows already right are not written.
     */
    private Map<Long, Object[]> countsOf(List<Long> courseKeys) {
        Map<Long, Object[]> values = new HashMap<>();
        for (List<Long> courses : chunks(courseKeys)) {
            Map<Long, CourseCounts> counts = new LinkedHashMap<>();
            courses.forEach(course -> counts.put(course, new CourseCounts()));
            jdbc.sql("SELECT course_key, session_key, practitioner_id FROM outcome_session"
                            + " WHERE course_key IN (:courses)")
                    .param("courses", courses)
                    .query(rs -> {
                        counts.get(rs.getLong(1)).session(rs.getLong(2), rs.getString(3));
                    });
            jdbc.sql("SELECT course_key, practitioner_id FROM outcome_course_practitioner"
                            + " WHERE course_key IN (:courses)")
                    .param("courses", courses)
                    .query(rs -> {
                        counts.get(rs.getLong(1)).listedPractitioner(rs.getString(2));
                    });
            jdbc.sql("SELECT course_key, reaction_key, session_key, reaction_type, grade, onset_epoch,"
                            + " resolved_epoch, duration_seconds FROM outcome_reaction WHERE course_key IN (:courses)")
                    .param("courses", courses)
                    .query(rs -> {
                        counts.get(rs.getLong(1))
                                .reaction(
                                        rs.getLong(2),
                                        rs.getLong(3),
                                        rs.getString(4),
                                        rs.getInt(5),
                                        rs.getLong(6),
                                        rs.getObject(7, Long.class),
                                        rs.getObject(8, Long.class));
                    });
            List<Object[]> practitionersToAdd = new ArrayList<>();
            List<Object[]> practitionersToRemove = new ArrayList<>();
            List<Object[]> durations = new ArrayList<>();
            counts.forEach((course, of) -> {
                of.practitionersToAdd().forEach(p -> practitionersToAdd.add(new Object[] {course, p}));
                of.practitionersToRemove().forEach(p -> practitionersToRemove.add(new Object[] {course, p}));
                durations.addAll(of.durationsToSet());
                values.put(course, of.values());
            });
            batchUpdate(
                    "DELETE FROM outcome_course_practitioner WHERE course_key = ? AND practitioner_id = ?",
                    practitionersToRemove);
            batchUpdate(
                    "INSERT INTO outcome_course_practitioner (course_key, practitioner_id) VALUES (?, ?)",
                    practitionersToAdd);
            batchUpdate("UPDATE outcome_reaction SET duration_seconds = ? WHERE reaction_key = ?", durations);
        }
        return values;
    }

    /** The assessment series' columns of {@code outcome_course}, in the order {@link #assessmentsOf} gives them. */
    private static final List<String> ASSESSMENT_COLUMNS = List.of(
            "wsrs_baseline",
            "wsrs_last",
            "hydration_baseline",
            "hydration_last",
            "elasticity_baseline",
            "elasticity_last");

    private static final String COUNTS_UPDATE = metricsUpdate(CourseCounts.COLUMNS);
    private static final String ASSESSMENTS_UPDATE = metricsUpdate(ASSESSMENT_COLUMNS);
    private static final String BOTH_UPDATE =
            metricsUpdate(Stream.concat(CourseCounts.COLUMNS.stream(), ASSESSMENT_COLUMNS.stream())
                    .toList());

    private static String metricsUpdate(List<String> columns) {
        return "UPDATE outcome_course SET " + String.join(" = ?, ", columns) + " = ? WHERE course_key = ?";
    }

    /**
     * One update per course for its count columns, its assessment columns or both, so that a batch leaves one new
     * version of a course row, not one per kind of input: PostgreSQL cannot reclaim the versions of a transaction still
     * open, and a rebuild writes most courses whole within one batch.
     */
    private void writeMetrics(Map<Long, Object[]> counts, Map<Long, Object[]> assessments) {
        Set<Long> courses = new LinkedHashSet<>(counts.keySet());
        courses.addAll(assessments.keySet());
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        for (long course : courses) {
            Object[] countValues = counts.getOrDefault(course, new Object[0]);
            Object[] assessmentValues = assessments.getOrDefault(course, new Object[0]);
            String update = countValues.length == 0
                    ? ASSESSMENTS_UPDATE
                    : assessmentValues.length == 0 ? COUNTS_UPDATE : BOTH_UPDATE;
            Object[] row = new Object[countValues.length + assessmentValues.length + 1];
            System.arraycopy(countValues, 0, row, 0, countValues.length);
            System.arraycopy(assessmentValues, 0, row, countValues.length, assessmentValues.length);
            row[row.length - 1] = course;
            rows.computeIfAbsent(update, u -> new ArrayList<>()).add(row);
        }
        rows.forEach(this::batchUpdate);
    }

    private void batchUpdate(String sql, List<Object[]> rows) {
        if (rows.size() == 1) {
            template.update(sql, rows.get(0));
        } else if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    /** At most this many keys go into one {@code IN} list. */
    private static final int KEYS_PER_QUERY = 1000;

    private static List<List<Long>> chunks(List<Long> keys) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)));
        }
        return chunks;
    }

    /** The assessment series' baselines and last values of the courses ({@link #ASSESSMENT_COLUMNS}), by course. */
    private Map<Long, Object[]> assessmentsOf(List<Long> allCourseKeys) {
        Map<Long, Object[]> values = new HashMap<>();
        for (List<Long> courseKeys : chunks(allCourseKeys)) {
            assessmentsOf(courseKeys, values);
        }
        return values;
    }

    private void assessmentsOf(List<Long> courseKeys, Map<Long, Object[]> values) {
        // A patient's own rating is not comparable with the clinician's.
        Map<Long, Map<String, List<AssessmentSeries.Point>>> points = new HashMap<>();
        jdbc.sql("SELECT course_key, scale, time_rank, assessed_epoch, score FROM outcome_assessment"
                        + " WHERE course_key IN (:courses) AND rater = 'CLINICIAN'")
                .param("courses", courseKeys)
                .query((rs, n) -> points.computeIfAbsent(rs.getLong(1), c -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), s -> new ArrayList<>())
                        .add(new AssessmentSeries.Point(rs.getInt(3), rs.getLong(4), rs.getBigDecimal(5))))
                .list();
        for (long course : courseKeys) {
            Map<String, List<AssessmentSeries.Point>> byScale = points.getOrDefault(course, Map.of());
            AssessmentSeries wsrs = AssessmentSeries.of(byScale.getOrDefault(Measure.WSRS.name(), List.of()));
            AssessmentSeries hydration = AssessmentSeries.of(byScale.getOrDefault(Measure.HYDRATION.name(), List.of()));
            AssessmentSeries elasticity =
                    AssessmentSeries.of(byScale.getOrDefault(Measure.ELASTICITY.name(), List.of()));
            values.put(course, new Object[] {
                wsrs.baseline(),
                wsrs.last(),
                hydration.baseline(),
                hydration.last(),
                elasticity.baseline(),
                elasticity.last()
            });
        }
    }
}
