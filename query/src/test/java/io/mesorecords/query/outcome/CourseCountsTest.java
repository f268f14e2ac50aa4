package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseCountsTest {

    private static final long HOUR = 3600;

    private final CourseCounts counts = new CourseCounts();

    private Map<String, Object> values() {
        Object[] values = counts.values();
        assertThat(values).hasSameSizeAs(CourseCounts.COLUMNS);
        Map<String, Object> byColumn = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byColumn.put(CourseCounts.COLUMNS.get(i), values[i]);
        }
        return byColumn;
    }

    @Test
    void aCourseWithoutRowsCountsNothing() {
        assertThat(values()).allSatisfy((column, value) -> assertThat(value).isEqualTo(0));
        assertThat(counts.practitionersToAdd()).isEmpty();
        assertThat(counts.durationsToSet()).isEmpty();
    }

    @Test
    void countsSessionsWithReactionsOncePerSessionByTypeAndGrade() {
        counts.session(1, "dr-ames");
        counts.session(2, "dr-boyd");
        counts.session(3, "dr-ames");
        counts.reaction(10, 1, "ERYTHEMA", 1, 0, 24 * HOUR, 24 * HOUR);
        counts.reaction(11, 1, "OEDEMA", 2, 0, 72 * HOUR, 72 * HOUR);
        counts.reaction(12, 1, "ERYTHEMA", 2, 0, null, null);
        counts.reaction(13, 3, "ERYTHEMA", 1, 0, 48 * HOUR, 48 * HOUR);

        assertThat(values())
                .containsEntry("performed_sessions", 3)
                .containsEntry("sessions_with_reaction", 2)
                .containsEntry("reactions", 4)
                // 24 h and exactly 48 h; 72 h and the unresolved one are not.
                .containsEntry("reactions_within_48h", 2)
                .containsEntry("sessions_erythema", 2)
                .containsEntry("sessions_oedema", 1)
                .containsEntry("sessions_pain", 0)
                .containsEntry("sessions_grade_1", 2)
                .containsEntry("sessions_grade_2", 1)
                .containsEntry("sessions_grade_3", 0);
    }

    @Test
    void aReactionOfASessionTheCourseDoesNotHoldAsPerformedCountsOnlyAsAReaction() {
        counts.session(1, "dr-ames");
        counts.reaction(10, 99, "PAIN", 3, 0, HOUR, HOUR);

        assertThat(values())
                .containsEntry("performed_sessions", 1)
                .containsEntry("reactions", 1)
                .containsEntry("reactions_within_48h", 1)
                .containsEntry("sessions_with_reaction", 0)
                .containsEntry("sessions_pain", 0)
                .containsEntry("sessions_grade_3", 0);
    }

    @Test
    void onlyDurationsThatDifferFromOnsetAndResolutionAreWritten() {
        counts.reaction(10, 1, "PAIN", 1, 100, 200L, 100L);
        counts.reaction(11, 1, "PAIN", 1, 100, null, null);
        counts.reaction(12, 1, "PAIN", 1, 100, 400L, null);
        counts.reaction(13, 1, "PAIN", 1, 100, null, 50L);

        assertThat(counts.durationsToSet()).containsExactly(new Object[] {300L, 12L}, new Object[] {null, 13L});
    }

    @Test
    void practitionerRowsFollowTheSessions() {
        counts.session(1, "dr-ames");
        counts.session(2, "dr-boyd");
        counts.session(3, "dr-ames");
        counts.listedPractitioner("dr-ames");
        counts.listedPractitioner("dr-cole");

        assertThat(counts.practitionersToAdd()).containsExactly("dr-boyd");
        assertThat(counts.practitionersToRemove()).containsExactly("dr-cole");
    }

    @Test
    void theColumnsAreTheCourseRowsCountColumns() {
        assertThat(CourseCounts.COLUMNS)
                .startsWith("performed_sessions", "sessions_with_reaction", "reactions", "reactions_within_48h")
                .contains("sessions_allergic_reaction", "sessions_pigmentation_change", "sessions_grade_5")
                .doesNotHaveDuplicates()
                .hasSize(4 + 11 + 5);
    }
}
