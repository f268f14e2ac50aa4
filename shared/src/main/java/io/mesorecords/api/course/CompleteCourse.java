package io.mesorecords.api.course;

import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;

/** Closes a course as completed, with the final clinician GAIS and the patient's satisfaction. */
public record CompleteCourse(
        PatientId patientId,
        CourseId courseId,
        LocalDate completedOn,
        Score finalClinicianGais,
        Score patientSatisfaction)
        implements PatientCommand {}
