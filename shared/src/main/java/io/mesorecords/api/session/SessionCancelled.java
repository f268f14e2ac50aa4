package io.mesorecords.api.session;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.common.SessionId;
import org.axonframework.serialization.Revision;

/** A booked session was called off. */
@Revision("1")
public record SessionCancelled(PatientId patientId, SessionId sessionId, CourseId courseId, @PersonalData String reason)
        implements PatientEvent {}
