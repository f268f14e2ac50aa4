package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.query.http.ReadProblem;
import org.springframework.http.HttpStatus;

/** No history exists for the patient (never registered, or not yet projected). */
class PatientNotFoundException extends ReadProblem {

    PatientNotFoundException(PatientId patientId) {
        super(HttpStatus.NOT_FOUND, "patient.not-found", "No record of patient " + patientId);
    }
}
