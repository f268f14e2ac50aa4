package io.mesorecords.query.history;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PatientId;

/**
 * A patient's current history as stored: the JSON document of its {@code PatientHistory}, with the version and the
 * clinic read off it, which is all a read needs besides the text it sends.
 *
 * @param clinicId the clinic of the patient, null if the document names none
 */
public record StoredHistory(PatientId patientId, long version, ClinicId clinicId, String document) {}
