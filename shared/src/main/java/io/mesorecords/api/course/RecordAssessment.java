package io.mesorecords.api.course;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;

/** Records a measured outcome of a course on a clinical scale. */
public record RecordAssessment(
        PatientId patientId,
        AssessmentId assessmentId,
        CourseId courseId,
        TimePoint timePoint,
        Score score,
        Rater rater,
        Instant assessedAt)
        implements PatientCommand {}
