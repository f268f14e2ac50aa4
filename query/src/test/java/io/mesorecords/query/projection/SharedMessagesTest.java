package io.mesorecords.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

class SharedMessagesTest {

    private final CountingSerializer serializer = new CountingSerializer();

    @Test
    void processorsReadingTheSameEventAtTheSamePositionGetOneMessageDeserializedOnce() {
        SharedMessages shared = new SharedMessages(100);
        TrackedEventMessage<?> readByOne = read("event-1", 7);
        TrackedEventMessage<?> readByAnother = read("event-1", 7);

        Object payload = shared.share(readByOne).getPayload();
        TrackedEventMessage<?> handed = shared.share(readByAnother);

        assertThat(handed).isSameAs(readByOne);
        assertThat(handed.getPayload()).isSameAs(payload);
        assertThat(serializer.payloads).hasValue(1);
    }

    @Test
    void aMessageAtAnotherPositionIsNeverReplacedSoEachProcessorAdvancesByItsOwnToken() {
        SharedMessages shared = new SharedMessages(100);
        TrackedEventMessage<?> first = read("event-1", 7);
        TrackedEventMessage<?> elsewhere = read("event-1", 8);
        TrackedEventMessage<?> otherEvent = read("event-2", 7);

        shared.share(first);

        assertThat(shared.share(elsewhere)).isSameAs(elsewhere);
        assertThat(shared.share(otherEvent)).isSameAs(otherEvent);
    }

    @Test
    void onlyTheMostRecentEventsAreKept() {
        SharedMessages shared = new SharedMessages(1);
        TrackedEventMessage<?> first = read("event-1", 7);
        shared.share(first);
        for (int i = 0; i < 100; i++) {
            shared.share(read("other-" + i, 8 + i));
        }

        TrackedEventMessage<?> again = read("event-1", 7);

        assertThat(shared.share(again)).isSameAs(again);
    }

    @Test
    void sharingNothingWhenTurnedOff() {
        SharedMessages off = new SharedMessages(0);
        TrackedEventMessage<?> first = read("event-1", 7);
        TrackedEventMessage<?> second = read("event-1", 7);

        off.share(first);

        assertThat(off.share(second)).isSameAs(second);
    }

    /** As the event store hands a stored event to a processor: payload and metadata still serialized. */
    private TrackedEventMessage<?> read(String id, long index) {
        SerializedMessage<?> stored = new SerializedMessage<>(
                id,
                new SimpleSerializedObject<>(
                        "payload".getBytes(StandardCharsets.UTF_8), byte[].class, String.class.getName(), null),
                new SimpleSerializedObject<>(new byte[0], byte[].class, MetaData.class.getName(), null),
                serializer);
        return new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(index),
                new GenericDomainEventMessage<>("PatientRecord", "patient-1", index, stored, Instant.EPOCH));
    }

    private static final class CountingSerializer implements Serializer {

        final AtomicInteger payloads = new AtomicInteger();
        private final ChainingConverter converter = new ChainingConverter();

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return byte[].class.equals(expectedRepresentation);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            if (MetaData.class.getName().equals(serializedObject.getType().getName())) {
                return (T) MetaData.emptyInstance();
            }
            payloads.incrementAndGet();
            return (T) new String((byte[]) serializedObject.getData(), StandardCharsets.UTF_8);
        }

        @Override
        public Class<?> classForType(SerializedType type) {
            return MetaData.class.getName().equals(type.getName()) ? MetaData.class : String.class;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public SerializedType typeForClass(Class type) {
            return new SimpleSerializedType(type.getName(), null);
        }

        @Override
        public Converter getConverter() {
            return converter;
        }
    }
}
