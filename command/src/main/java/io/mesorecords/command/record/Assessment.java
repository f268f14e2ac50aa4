package io.mesorecords.command.record;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import java.util.Objects;

/** A measured outcome of a course; kept so corrections and duplicates can be recognised. */
@Snapshottable
class Assessment {

    private AssessmentId assessmentId;
    private CourseId courseId;
    private Scale scale;

    Assessment() {}

    Assessment(AssessmentId assessmentId, CourseId courseId, Scale scale) {
        this.assessmentId = assessmentId;
        this.courseId = courseId;
        this.scale = scale;
    }

    AssessmentId id() {
        return assessmentId;
    }

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment other
                && Objects.equals(assessmentId, other.assessmentId)
                && Objects.equals(courseId, other.courseId)
                && Objects.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessmentId, courseId, scale);
    }
}
