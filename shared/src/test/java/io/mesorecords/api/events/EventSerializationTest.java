package io.mesorecords.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mesorecords.api.common.PatientEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events are forever. Every event type round-trips through the serializer the event store uses, and a stored
 * JSON sample of every revision ever written must still load: a change that can no longer read old events fails here.
 */
class EventSerializationTest {

    static final String SAMPLES = "/events/";

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    static Stream<Class<?>> eventTypes() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.mesorecords.api")
                        .stream()
                        .filter(c -> c.isAssignableTo(PatientEvent.class) && !c.isInterface())
                        .map(JavaClass::reflect)
                        .sorted((a, b) -> a.getName().compareTo(b.getName()));
    }

    @Test
    void everyEventTypeHasAnExample() {
        Set<Class<?>> types = eventTypes().collect(Collectors.toSet());
        assertThat(types).hasSizeGreaterThanOrEqualTo(18);
        assertThat(EventExamples.all().keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventDeclaresItsRevision(Class<?> type) {
        assertThat(type.getAnnotation(Revision.class))
                .as("@Revision on %s", type.getSimpleName())
                .isNotNull();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventSurvivesASerializationRoundTrip(Class<?> type) {
        Object event = EventExamples.all().get(type);
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo(revisionOf(type));
        Object restored = serializer.deserialize(stored);

        assertThat(restored).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void storedSamplesOfTheCurrentRevisionStillLoad(Class<?> type) throws IOException {
        byte[] sample = sample(type, revisionOf(type));

        Object restored = serializer.deserialize(new SimpleSerializedObject<>(
                sample, byte[].class, new SimpleSerializedType(type.getName(), revisionOf(type))));

        assertThat(restored).isEqualTo(EventExamples.all().get(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void serializationIsDeterministic(Class<?> type) throws IOException {
        Object event = EventExamples.all().get(type);
        String written = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(new String(sample(type, revisionOf(type)), StandardCharsets.UTF_8));
    }

    static String revisionOf(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }

    static byte[] sample(Class<?> type, String revision) throws IOException {
        String name = SAMPLES + type.getSimpleName() + ".rev" + revision + ".json";
        try (InputStream in = EventSerializationTest.class.getResourceAsStream(name)) {
            assertThat(in)
                    .as("stored sample %s (write it from EventExamples once, then never change it)", name)
                    .isNotNull();
            return in.readAllBytes();
        }
    }
}
