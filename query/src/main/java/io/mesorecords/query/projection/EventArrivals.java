package io.mesorecords.query.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the pooled streaming processors as soon as new events reach the event store. Axon's pooled processor, when idle
 * on a stream that offers no availability callback (the embedded event store's streams offer none), looks again only
 * every 500 ms: up to half a second between a command's acknowledgement and its projection. One watcher thread tails
 * the store and runs the registered callbacks when events arrive. It reads the store's shared cache of recent events,
 * which the processors' own streams read too, so a woken processor finds the events that woke it.
 */
final class EventArrivals {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private Thread watcher;
    private volatile boolean running = true;

    EventArrivals(StreamableMessageSource<TrackedEventMessage<?>> source) {
        this.source = source;
    }

    synchronized void register(Runnable callback) {
        callbacks.add(callback);
        if (watcher == null && running) {
            watcher = new Thread(this::watch, "event-arrivals");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    void unregister(Runnable callback) {
        callbacks.remove(callback);
    }

    synchronized void stop() {
        running = false;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void watch() {
        while (running) {
            try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
                while (running) {
                    if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (stream.hasNextAvailable()) {
                            stream.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The processors still look every few seconds on their own; wake them and tail again shortly.
                log.warn("Watching the event store for new events failed; retrying in a second", e);
                callbacks.forEach(Runnable::run);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
