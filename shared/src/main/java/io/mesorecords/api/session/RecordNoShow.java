package io.mesorecords.api.session;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;

/** Records that the patient did not come to a booked session. */
public record RecordNoShow(PatientId patientId, SessionId sessionId) implements PatientCommand {}
