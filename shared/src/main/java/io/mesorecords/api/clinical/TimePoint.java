package io.mesorecords.api.clinical;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * When in a course an assessment was taken: at baseline, after session n, or at a follow-up n weeks after the course.
 * {@code number} is the session number or the number of weeks, and absent at baseline.
 */
public record TimePoint(Kind kind, Integer number) {

    public enum Kind {
        BASELINE,
        AFTER_SESSION,
        FOLLOW_UP_WEEKS
    }

    public static TimePoint baseline() {
        return new TimePoint(Kind.BASELINE, null);
    }

    public static TimePoint afterSession(int session) {
        return new TimePoint(Kind.AFTER_SESSION, session);
    }

    public static TimePoint followUpWeeks(int weeks) {
        return new TimePoint(Kind.FOLLOW_UP_WEEKS, weeks);
    }

    @JsonIgnore
    public boolean isWellFormed() {
        return kind == Kind.BASELINE ? number == null : number != null && number > 0;
    }
}
