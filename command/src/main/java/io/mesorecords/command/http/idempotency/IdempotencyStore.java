package io.mesorecords.command.http.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in the write side's database. Claiming a key is one insert against its primary key, so two
 * concurrent requests with the same key cannot both run, on one node or on several.
 */
@Repository
class IdempotencyStore {

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final JdbcClient jdbc;

    IdempotencyStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Claims a key for a request. Empty when the key was free (or had expired) and now belongs to this request;
     * otherwise the record of the request that holds it.
     */
    Optional<IdempotencyRecord> claim(String key, String fingerprint, Instant now, Instant expiresAt) {
        jdbc.sql("DELETE FROM idempotency_record WHERE expires_at <= ?")
                .param(utc(now))
                .update();
        try {
            jdbc.sql("INSERT INTO idempotency_record (idempotency_key, fingerprint, state, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(key, fingerprint, IN_PROGRESS, utc(now), utc(expiresAt))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return find(key).or(() -> Optional.of(new IdempotencyRecord(fingerprint, Optional.empty())));
        }
    }

    void complete(String key, StoredAnswer answer) {
        jdbc.sql("UPDATE idempotency_record SET state = ?, response_status = ?, response_location = ?,"
                        + " response_etag = ?, response_content_type = ?, response_body = ? WHERE idempotency_key = ?")
                .params(
                        COMPLETED,
                        answer.status(),
                        answer.location(),
                        answer.eTag(),
                        answer.contentType(),
                        answer.body(),
                        key)
                .update();
    }

    /** Frees a key whose request failed without an answer worth keeping, so that a retry runs again. */
    void release(String key) {
        jdbc.sql("DELETE FROM idempotency_record WHERE idempotency_key = ? AND state = ?")
                .params(key, IN_PROGRESS)
                .update();
    }

    Optional<IdempotencyRecord> find(String key) {
        return jdbc.sql("SELECT fingerprint, state, response_status, response_location, response_etag,"
                        + " response_content_type, response_body FROM idempotency_record WHERE idempotency_key = ?")
                .param(key)
                .query((row, number) -> new IdempotencyRecord(
                        row.getString("fingerprint").strip(),
                        COMPLETED.equals(row.getString("state"))
                                ? Optional.of(new StoredAnswer(
                                        row.getInt("response_status"),
                                        row.getString("response_location"),
                                        row.getString("response_etag"),
                                        row.getString("response_content_type"),
                                        row.getBytes("response_body")))
                                : Optional.empty()))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
