package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.ReactionType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The per-course columns counting performed sessions with at least one reaction of a type or grade. They are columns
 * rather than a grouped join over reactions so that the report aggregates one narrow row per course.
 */
final class ReactionColumns {

    static final int MAX_GRADE = 5;

    private ReactionColumns() {}

    static String of(ReactionType type) {
        return "sessions_" + type.name().toLowerCase();
    }

    static String ofGrade(int grade) {
        return "sessions_grade_" + grade;
    }

    static List<ReactionType> types() {
        return Arrays.asList(ReactionType.values());
    }

    static List<Integer> grades() {
        return IntStream.rangeClosed(1, MAX_GRADE).boxed().toList();
    }
}
