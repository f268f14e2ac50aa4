package io.mesorecords.api.course;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;

/** Closes a course before completion, for a reason. */
public record DiscontinueCourse(
        PatientId patientId, CourseId courseId, LocalDate discontinuedOn, DiscontinuationReason reason, String details)
        implements PatientCommand {}
