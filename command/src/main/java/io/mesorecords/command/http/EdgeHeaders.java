package io.mesorecords.command.http;

/** Request and response headers of the write side's HTTP edge. */
public final class EdgeHeaders {

    /** Ties every message a request causes together; generated when absent, always echoed. */
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** Makes a retried request answer with its first result instead of sending its command again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on an answer replayed from an earlier request with the same {@code Idempotency-Key}. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private EdgeHeaders() {}
}
