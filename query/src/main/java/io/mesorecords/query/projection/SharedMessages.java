package io.mesorecords.query.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * The events the processors have read most recently, by identifier, so that processors reading the same stretch of the
 * event store hand their handlers one message object per event: its payload and metadata are deserialized (and
 * personal data decrypted) once instead of once per processor. Axon's embedded event store already does this for
 * processors at the head of the stream; processors behind it (every projection during a rebuild) each read the store
 * on their own. A message is shared only when its tracking token equals the reader's own, so each processor still
 * advances exactly as it would have. Bounded: the least recently used go first, evicted on the reading thread (no
 * background pool); 0 shares nothing.
 */
final class SharedMessages {

    private final Cache<String, TrackedEventMessage<?>> recent;

    SharedMessages(int capacity) {
        this.recent = capacity <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(capacity)
                        .executor(Runnable::run)
                        .build();
    }

    /** The message another processor read for the same event at the same position, else this one. */
    TrackedEventMessage<?> share(TrackedEventMessage<?> message) {
        if (recent == null || message == null) {
            return message;
        }
        TrackedEventMessage<?> first = recent.get(message.getIdentifier(), id -> message);
        return first != message && Objects.equals(first.trackingToken(), message.trackingToken()) ? first : message;
    }
}
