package io.mesorecords.command.http;

import io.mesorecords.api.common.Rejection;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** One answer of the edge in RFC 9457 terms: a stable code, its type URI, status, title and a human detail. */
public record Problem(String code, HttpStatus status, String title, String detail) {

    /** Every problem type lives under this URI; the last segment is the code. */
    public static final String TYPE_BASE = "https://mesorecords.io/problems/";

    public static Problem of(EdgeProblem problem, String detail) {
        return new Problem(problem.code(), problem.status(), problem.title(), detail);
    }

    public static Problem of(Rejection rejection, String detail) {
        return new Problem(rejection.code(), statusOf(rejection.kind()), titleOf(rejection.kind()), detail);
    }

    public static URI typeOf(String code) {
        return URI.create(TYPE_BASE + code);
    }

    public static HttpStatus statusOf(Rejection.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    public static String titleOf(Rejection.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "Entry not found";
            case CONFLICT -> "Conflicts with the state of the record";
            case RULE -> "Refused by a rule of the record";
        };
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(typeOf(code));
        body.setTitle(title);
        body.setProperty("code", code);
        return body;
    }
}
