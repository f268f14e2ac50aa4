package io.mesorecords.command.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP edge of the write side.
 *
 * @param maxRequestBodySize largest request body accepted, with or without a {@code Content-Length}
 * @param commandTimeout how long a request waits for its command to be decided
 * @param idempotencyKeyRetention how long an {@code Idempotency-Key} and its first answer are kept
 */
@ConfigurationProperties("mesorecords.http")
public record EdgeProperties(
        @DefaultValue("64KB") DataSize maxRequestBodySize,
        @DefaultValue("10s") Duration commandTimeout,
        @DefaultValue("24h") Duration idempotencyKeyRetention) {}
