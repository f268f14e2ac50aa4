package io.mesorecords.command.http;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.AxonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where the write side's failures become RFC 9457 problem details: every answer carries a stable
 * {@code type} URI and {@code code}; none carries a stack trace or an exception's own message. It stays global (the
 * edge's filters resolve their refusals through it, with no handler); the read side's advices take precedence for
 * their own exception types when both sides run in one process.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(EdgeRequestRefused.class)
    ResponseEntity<ProblemDetail> refused(EdgeRequestRefused refused) {
        return answer(Problem.of(refused.problem(), refused.getMessage()));
    }

    @ExceptionHandler(RequestBodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLarge tooLarge) {
        return answer(Problem.of(EdgeProblem.BODY_TOO_LARGE, tooLarge.getMessage()));
    }

    @ExceptionHandler({AxonException.class, RecordRejected.class})
    ResponseEntity<ProblemDetail> commandFailed(RuntimeException failure) {
        return CommandFailures.classify(failure).map(ProblemAdvice::answer).orElseGet(() -> unexpected(failure));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Request failed unexpectedly", failure);
        return answer(Problem.of(EdgeProblem.SERVER_ERROR, "The request could not be completed"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(FieldError.ORDER)
                .toList();
        ProblemDetail body = Problem.of(EdgeProblem.INVALID_REQUEST, "The request has invalid fields")
                .toProblemDetail();
        body.setProperty("errors", errors);
        return ResponseEntity.status(body.getStatus()).headers(headers).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (causes(unreadable, RequestBodyTooLarge.class).isPresent()) {
            return ResponseEntity.status(EdgeProblem.BODY_TOO_LARGE.status())
                    .body(Problem.of(EdgeProblem.BODY_TOO_LARGE, "The request body is too large")
                            .toProblemDetail());
        }
        UnreadableBody reason = UnreadableBody.of(unreadable);
        ProblemDetail body = Problem.of(reason.problem(), reason.detail()).toProblemDetail();
        reason.field().ifPresent(field -> body.setProperty("errors", List.of(new FieldError(field, reason.detail()))));
        return ResponseEntity.status(body.getStatus()).headers(headers).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Problem problem = Problem.of(edgeProblemFor(failure, status), detailFor(failure, status));
        return ResponseEntity.status(status).headers(headers).body(problem.toProblemDetail());
    }

    private static EdgeProblem edgeProblemFor(Exception failure, HttpStatusCode status) {
        if (failure instanceof HttpMediaTypeNotSupportedException) {
            return EdgeProblem.UNSUPPORTED_MEDIA_TYPE;
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return EdgeProblem.NOT_ACCEPTABLE;
        }
        if (failure instanceof HttpRequestMethodNotSupportedException) {
            return EdgeProblem.METHOD_NOT_ALLOWED;
        }
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return EdgeProblem.NO_SUCH_RESOURCE;
        }
        if (failure instanceof TypeMismatchException
                || failure instanceof ServletRequestBindingException
                || failure instanceof HandlerMethodValidationException) {
            return EdgeProblem.INVALID_PARAMETER;
        }
        return status.is4xxClientError() ? EdgeProblem.MALFORMED_REQUEST : EdgeProblem.SERVER_ERROR;
    }

    private static String detailFor(Exception failure, HttpStatusCode status) {
        if (failure instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return "Parameter '" + mismatch.getPropertyName() + "' has the wrong format";
        }
        if (failure instanceof HttpMediaTypeNotSupportedException) {
            return "Send the request body as application/json";
        }
        return status.is5xxServerError() ? "The request could not be completed" : failure.getMessage();
    }

    private static ResponseEntity<ProblemDetail> answer(Problem problem) {
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }

    static <T extends Throwable> Optional<T> causes(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    /** One refused field of a request, by its JSON path. */
    record FieldError(String field, String message) {

        static final Comparator<FieldError> ORDER = Comparator.comparing(FieldError::field)
                .thenComparing(FieldError::message, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
