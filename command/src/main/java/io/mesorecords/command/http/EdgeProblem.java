package io.mesorecords.command.http;

import io.mesorecords.platform.security.SecurityProblems;
import org.springframework.http.HttpStatus;

/**
 * Every way the edge itself refuses or fails a request, with a stable code. Refusals decided by the patient record carry
 * a {@link io.mesorecords.api.common.Rejection} code instead.
 */
public enum EdgeProblem {
    MALFORMED_REQUEST("request.malformed", HttpStatus.BAD_REQUEST, "Malformed request"),
    UNKNOWN_FIELD("request.unknown-field", HttpStatus.BAD_REQUEST, "Unknown field"),
    WRONG_TYPE("request.wrong-type", HttpStatus.BAD_REQUEST, "Value of the wrong type"),
    INVALID_REQUEST("request.invalid", HttpStatus.BAD_REQUEST, "Invalid request"),
    INVALID_PARAMETER("request.invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid path or query parameter"),
    INVALID_HEADER("request.invalid-header", HttpStatus.BAD_REQUEST, "Invalid header"),
    INVALID_IF_MATCH("request.invalid-if-match", HttpStatus.BAD_REQUEST, "Invalid If-Match"),
    INVALID_IDEMPOTENCY_KEY("idempotency.invalid-key", HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key"),
    NO_SUCH_RESOURCE("request.no-such-resource", HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED("request.method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("request.not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    VERSION_CONFLICT("record.version-conflict", HttpStatus.CONFLICT, "Record changed since the given version"),
    CONCURRENT_CHANGE("record.concurrent-change", HttpStatus.CONFLICT, "Record changed concurrently"),
    IDEMPOTENCY_IN_PROGRESS("idempotency.in-progress", HttpStatus.CONFLICT, "Request with this key still in progress"),
    BODY_TOO_LARGE("request.too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(
            "request.unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency.key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused for another request"),
    CLINIC_REQUIRED(SecurityProblems.CLINIC_REQUIRED),
    NOT_A_MEMBER(SecurityProblems.NOT_A_MEMBER),
    COMMAND_TIMEOUT("command.timeout", HttpStatus.SERVICE_UNAVAILABLE, "Command not decided in time"),
    SERVER_ERROR("server.error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final String code;
    private final HttpStatus status;
    private final String title;

    EdgeProblem(SecurityProblems problem) {
        this(problem.code(), problem.status(), problem.title());
    }

    EdgeProblem(String code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
