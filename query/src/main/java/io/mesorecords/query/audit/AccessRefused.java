package io.mesorecords.query.audit;

import io.mesorecords.query.http.ReadProblem;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/** A read refused before its handler runs because of who claims to read, or why. The refusal is logged too. */
class AccessRefused extends ReadProblem {

    private AccessRefused(HttpStatus status, String code, String message) {
        super(status, code, message);
    }

    static AccessRefused invalidPurpose() {
        return new AccessRefused(
                HttpStatus.BAD_REQUEST,
                "request.invalid-purpose-of-use",
                PendingAccess.PURPOSE_OF_USE + " must be one of " + Arrays.toString(PurposeOfUse.values()));
    }

    static AccessRefused auditUnavailable() {
        return new AccessRefused(
                HttpStatus.SERVICE_UNAVAILABLE,
                "audit.unavailable",
                "The read could not be written to the access log, so it is not answered");
    }
}
