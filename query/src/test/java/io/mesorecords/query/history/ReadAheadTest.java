package io.mesorecords.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.ConsentRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

/** A live batch reads ahead only when it is more than the distance behind the head, looked up once a second. */
class ReadAheadTest {

    private final AtomicInteger headLooks = new AtomicInteger();
    private final AtomicLong head = new AtomicLong(5_000);
    private final AtomicLong now = new AtomicLong(123);
    private final ReadAhead readAhead = new ReadAhead(
            1_000,
            () -> {
                headLooks.incrementAndGet();
                return head.get();
            },
            now::get);

    @Test
    void aBatchMoreThanTheDistanceBehindTheHeadReadsAhead() {
        assertThat(readAhead.farBehind(at(3_999))).isTrue();
        assertThat(readAhead.farBehind(at(0))).isTrue();
    }

    @Test
    void aBatchAtTheDistanceOrNearerDoesNot() {
        assertThat(readAhead.farBehind(at(4_000))).isFalse();
        assertThat(readAhead.farBehind(at(4_999))).isFalse();
    }

    @Test
    void theHeadIsLookedUpAtMostOnceASecond() {
        readAhead.farBehind(at(4_500));
        head.set(50_000);
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(readAhead.farBehind(at(4_500)))
                .as("the head known from the first look")
                .isFalse();
        assertThat(headLooks).hasValue(1);

        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(readAhead.farBehind(at(4_500))).isTrue();
        assertThat(headLooks).hasValue(2);
    }

    @Test
    void anUntrackedEventIsNeverBehind() {
        assertThat(readAhead.farBehind(event())).isFalse();
        assertThat(headLooks).hasValue(0);
    }

    private static GenericTrackedDomainEventMessage<?> at(long position) {
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), event());
    }

    private static DomainEventMessage<?> event() {
        PatientId patient = PatientId.random();
        return new GenericDomainEventMessage<>(
                "Patient",
                patient.asString(),
                0,
                new ConsentRecorded(patient, ConsentScope.PHOTOGRAPHS, Instant.EPOCH));
    }
}
