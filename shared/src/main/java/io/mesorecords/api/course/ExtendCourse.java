package io.mesorecords.api.course;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;

/** Allows more sessions than first planned. */
public record ExtendCourse(PatientId patientId, CourseId courseId, int additionalSessions, String reason)
        implements PatientCommand {}
