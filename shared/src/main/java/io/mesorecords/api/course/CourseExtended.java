package io.mesorecords.api.course;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import org.axonframework.serialization.Revision;

/** A course was allowed more sessions than first planned. */
@Revision("1")
public record CourseExtended(
        PatientId patientId, CourseId courseId, int additionalSessions, @PersonalData String reason)
        implements PatientEvent {}
