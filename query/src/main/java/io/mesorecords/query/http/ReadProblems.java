package io.mesorecords.query.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused reads into RFC 9457 problem details with a machine-readable {@code code}. */
// Before the write side's catch-all advice when both sides run in one process; it only answers its own exceptions.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ReadProblems {

    @ExceptionHandler(ReadProblem.class)
    ResponseEntity<ProblemDetail> refused(ReadProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        detail.setProperty("code", problem.code());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(detail);
    }
}
