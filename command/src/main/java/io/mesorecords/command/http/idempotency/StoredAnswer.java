package io.mesorecords.command.http.idempotency;

/** The first answer to a request, as replayed to its retries. */
record StoredAnswer(int status, String location, String eTag, String contentType, byte[] body) {}
