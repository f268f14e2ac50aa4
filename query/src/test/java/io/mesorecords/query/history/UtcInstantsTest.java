package io.mesorecords.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-07T18:36:49Z",
                "2026-12-07T18:36:49.1Z",
                "2026-12-07T18:36:49.123Z",
                "2026-12-07T18:36:49.123456Z",
                "2026-12-07T18:36:49.123456789Z",
                "1970-01-01T00:00:00.000Z",
                "1969-12-31T23:59:59.999Z",
                "2024-02-29T12:00:00Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "2026-12-07T19:36:49.123+01:00",
                "2026-12-07T18:36:49.123-05:30",
                "2026-12-07t18:36:49.123z",
                "2026-12-07T18:36:49.Z",
                "+12026-12-07T18:36:49.123Z"
            })
    void readsWhatTheStoreHoldsAsAxonDoes(String text) {
        assertThat(UtcInstants.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @Test
    void readsWhatAxonAndInstantWrite() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_135_596_800L, 253_402_300_799L), random.nextInt(1_000_000_000));
            String written = instant.toString();
            assertThat(UtcInstants.parse(written)).as(written).isEqualTo(instant);
            String axon = DateTimeUtils.formatInstant(instant);
            assertThat(UtcInstants.parse(axon)).as(axon).isEqualTo(DateTimeUtils.parseInstant(axon));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T18:36:49Z",
                "2025-02-29T18:36:49Z",
                "2026-13-07T18:36:49Z",
                "2026-12-07T24:00:00Z",
                "2026-12-07T18:60:49Z",
                "2026-12-07T18:36:49.1234567890Z",
                "2026-12-07T18:36:4xZ",
                "2026-12-07 18:36:49Z",
                "2026-12-07T18:36:49",
                "yesterday"
            })
    void refusesWhatAxonRefuses(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UtcInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
