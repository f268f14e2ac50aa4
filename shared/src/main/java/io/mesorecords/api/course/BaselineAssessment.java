package io.mesorecords.api.course;

import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.common.AssessmentId;

/** An assessment taken when a course is planned; it becomes the course's baseline. */
public record BaselineAssessment(AssessmentId assessmentId, Score score, Rater rater) {}
