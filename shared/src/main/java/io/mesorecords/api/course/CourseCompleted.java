package io.mesorecords.api.course;

import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A course was completed. */
@Revision("1")
public record CourseCompleted(
        PatientId patientId,
        CourseId courseId,
        LocalDate completedOn,
        Score finalClinicianGais,
        Score patientSatisfaction)
        implements PatientEvent {}
