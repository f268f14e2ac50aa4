package io.mesorecords.api.session;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import org.axonframework.serialization.Revision;

/** The patient did not come to a booked session. */
@Revision("1")
public record NoShowRecorded(PatientId patientId, SessionId sessionId, CourseId courseId) implements PatientEvent {}
