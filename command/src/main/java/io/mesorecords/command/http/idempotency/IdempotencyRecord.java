package io.mesorecords.command.http.idempotency;

import java.util.Optional;

/** What is known about a key: the request it was first used for and, once that request ended, its answer. */
record IdempotencyRecord(String fingerprint, Optional<StoredAnswer> answer) {

    boolean isInProgress() {
        return answer.isEmpty();
    }
}
