package io.mesorecords.command.http;

import java.util.Optional;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Why a request body could not be read, told by the parser's exception type and path. Jackson's own messages name Java
 * types, so they never reach the client.
 */
record UnreadableBody(EdgeProblem problem, String detail, Optional<String> field) {

    static UnreadableBody of(HttpMessageNotReadableException unreadable) {
        Optional<JacksonException> parsing = ProblemAdvice.causes(unreadable, JacksonException.class);
        if (parsing.isEmpty()) {
            return new UnreadableBody(
                    EdgeProblem.MALFORMED_REQUEST, "The request body is missing or unreadable", none());
        }
        JacksonException failure = parsing.get();
        String path = pathOf(failure);
        if (failure instanceof UnrecognizedPropertyException unknown) {
            String field = path.isEmpty() ? unknown.getPropertyName() : path;
            return new UnreadableBody(EdgeProblem.UNKNOWN_FIELD, "Unknown field '" + field + "'", Optional.of(field));
        }
        if (failure instanceof ValueInstantiationException) {
            return new UnreadableBody(
                    EdgeProblem.WRONG_TYPE, "Field '" + path + "' has an invalid value", Optional.of(path));
        }
        if (failure instanceof MismatchedInputException && !path.isEmpty()) {
            return new UnreadableBody(
                    EdgeProblem.WRONG_TYPE, "Field '" + path + "' is missing or has the wrong type", Optional.of(path));
        }
        if (failure instanceof StreamReadException) {
            return new UnreadableBody(
                    EdgeProblem.MALFORMED_REQUEST, "The request body is not well-formed JSON", none());
        }
        return new UnreadableBody(EdgeProblem.MALFORMED_REQUEST, "The request body does not fit this resource", none());
    }

    private static String pathOf(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Optional<String> none() {
        return Optional.empty();
    }
}
