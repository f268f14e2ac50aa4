package io.mesorecords.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventArrivalsTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final EventArrivals arrivals = new EventArrivals(eventStore);

    @AfterEach
    void stop() {
        arrivals.stop();
        eventStore.shutDown();
    }

    @Test
    void wakesARegisteredProcessorWhenAnEventIsStored() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        arrivals.register(woken::countDown);
        // The watcher opens its stream at the head; give it a moment so the event is new to it.
        Thread.sleep(200);

        eventStore.publish(GenericEventMessage.asEventMessage("a new event"));

        assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void forgetsAProcessorThatUnregistered() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        CountDownLatch other = new CountDownLatch(1);
        Runnable gone = woken::countDown;
        arrivals.register(gone);
        arrivals.register(other::countDown);
        arrivals.unregister(gone);
        Thread.sleep(200);

        eventStore.publish(GenericEventMessage.asEventMessage("a new event"));

        assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(woken.getCount()).isEqualTo(1);
    }
}
