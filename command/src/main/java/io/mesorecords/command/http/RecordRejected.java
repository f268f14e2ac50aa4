package io.mesorecords.command.http;

import io.mesorecords.api.common.Rejection;

/** A rejection the edge can name only from the command it sent, such as registering an id that is taken. */
public class RecordRejected extends RuntimeException {

    private final Rejection rejection;

    public RecordRejected(Rejection rejection, String message, Throwable cause) {
        super(message, cause);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
