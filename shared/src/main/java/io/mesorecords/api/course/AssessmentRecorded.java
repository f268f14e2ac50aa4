package io.mesorecords.api.course;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A measured outcome of a course was recorded. */
@Revision("1")
public record AssessmentRecorded(
        PatientId patientId,
        AssessmentId assessmentId,
        CourseId courseId,
        TimePoint timePoint,
        Score score,
        Rater rater,
        Instant assessedAt)
        implements PatientEvent {}
