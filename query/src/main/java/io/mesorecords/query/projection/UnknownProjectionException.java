package io.mesorecords.query.projection;

import io.mesorecords.query.http.ReadProblem;
import org.springframework.http.HttpStatus;

/** No streaming processor of that name runs in this application. */
class UnknownProjectionException extends ReadProblem {

    UnknownProjectionException(String name) {
        super(HttpStatus.NOT_FOUND, "projection.unknown", "No projection named " + name);
    }
}
