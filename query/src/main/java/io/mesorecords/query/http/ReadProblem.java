package io.mesorecords.query.http;

import org.springframework.http.HttpStatus;

/** A read the API refuses, with the HTTP status and the stable code its problem detail carries. */
public abstract class ReadProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    protected ReadProblem(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
