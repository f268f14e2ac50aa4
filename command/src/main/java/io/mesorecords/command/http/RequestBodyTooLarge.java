package io.mesorecords.command.http;

import java.io.IOException;

/**
 * Raised while a request body is read past the configured limit. An {@link IOException}, so that message converters
 * and filters treat it as a failed read; {@link ProblemAdvice} finds it among the causes.
 */
public class RequestBodyTooLarge extends IOException {

    public RequestBodyTooLarge(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
