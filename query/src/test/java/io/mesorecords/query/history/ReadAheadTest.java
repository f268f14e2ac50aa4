package io.mesorecords.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.ConsentRecorded;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

/** A live batch reads ahead only when it is large and more than the distance behind the head. */
class ReadAheadTest {

    private final AtomicInteger headLooks = new AtomicInteger();
    private final ReadAhead readAhead = new ReadAhead(50, 1_000, () -> {
        headLooks.incrementAndGet();
        return 5_000;
    });

    @Test
    void aLargeBatchMoreThanTheDistanceBehindTheHeadReadsAhead() {
        assertThat(readAhead.farBehind(50, at(3_999))).isTrue();
        assertThat(readAhead.farBehind(800, at(0))).isTrue();
    }

    @Test
    void aBatchAtTheDistanceOrNearerDoesNot() {
        assertThat(readAhead.farBehind(50, at(4_000))).isFalse();
        assertThat(readAhead.farBehind(1_000, at(4_999))).isFalse();
        assertThat(headLooks).hasValue(2);
    }

    @Test
    void aSmallBatchDoesNotEvenLookAtTheHead() {
        assertThat(readAhead.farBehind(49, at(0))).isFalse();
        assertThat(headLooks).hasValue(0);
    }

    @Test
    void anUntrackedEventIsNeverBehind() {
        assertThat(readAhead.farBehind(500, event())).isFalse();
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
                new ConsentRecorded(patient, io.mesorecords.api.clinical.ConsentScope.PHOTOGRAPHS, Instant.EPOCH));
    }
}
