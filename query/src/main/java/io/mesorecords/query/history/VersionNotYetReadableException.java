package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.query.http.ReadProblem;
import org.springframework.http.HttpStatus;

/** The history has not caught up with the version the client wrote within the configured wait. */
class VersionNotYetReadableException extends ReadProblem {

    VersionNotYetReadableException(PatientId patientId, long minVersion) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "history.version-not-yet-readable",
                "The history of patient " + patientId + " has not reached version " + minVersion + " yet; retry");
    }
}
