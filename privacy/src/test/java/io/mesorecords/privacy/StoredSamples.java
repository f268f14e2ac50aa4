package io.mesorecords.privacy;

import io.mesorecords.api.common.PatientEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

/**
 * The committed event samples of {@code shared} (one per event type, the plain serialized form), read as events: every
 * event type, with realistic identifying data, without a second set of examples to keep in step.
 */
final class StoredSamples {

    static final Path FOLDER = Path.of("..", "shared", "src", "test", "resources", "events");

    record Sample(String name, byte[] plain, PatientEvent event) {
        @Override
        public String toString() {
            return name;
        }
    }

    private StoredSamples() {}

    static Stream<Sample> all() {
        Jackson3Serializer plain = Jackson3Serializer.builder().build();
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                String simpleName = file.getFileName().toString().split("\\.")[0];
                String revision = file.getFileName().toString().split("\\.")[1].substring("rev".length());
                byte[] bytes = Files.readAllBytes(file);
                PatientEvent event = plain.deserialize(new SimpleSerializedObject<>(
                        bytes, byte[].class, new SimpleSerializedType(typeNamed(simpleName), revision)));
                samples.add(new Sample(simpleName, bytes, event));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The event samples of shared are read from " + FOLDER.toAbsolutePath(), e);
        }
        return samples.stream();
    }

    static Stream<Sample> withPersonalData() {
        return all().filter(s -> !PersonalFields.of(s.event().getClass()).isEmpty());
    }

    static Stream<Sample> withoutPersonalData() {
        return all().filter(s -> PersonalFields.of(s.event().getClass()).isEmpty());
    }

    private static String typeNamed(String simpleName) {
        for (String area : List.of("patient", "course", "session", "reaction")) {
            String name = "io.mesorecords.api." + area + "." + simpleName;
            try {
                Class.forName(name);
                return name;
            } catch (ClassNotFoundException next) {
                // try the next package
            }
        }
        throw new IllegalStateException("No event type " + simpleName);
    }
}
