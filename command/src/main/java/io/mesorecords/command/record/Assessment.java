package io.mesorecords.command.record;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;

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
}
