package io.mesorecords.query.outcome;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused report parameters into RFC 9457 problem details with a stable {@code code}. */
// Before the write side's catch-all advice when both sides run in one process; it only answers its own exceptions.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = OutcomeReportController.class)
class OutcomeReportProblems {

    @ExceptionHandler(ReportParameterException.class)
    ResponseEntity<ProblemDetail> refused(ReportParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid report parameter");
        problem.setProperty("code", e.code());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
