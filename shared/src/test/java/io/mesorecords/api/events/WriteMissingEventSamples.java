package io.mesorecords.api.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the stored sample of a NEW event type or revision: {@code ./mvnw -pl shared test
 * -Dtest=WriteMissingEventSamples -Dmesorecords.write-samples=true}. It never overwrites a sample: once written, a
 * sample is what production stores hold.
 */
@EnabledIfSystemProperty(named = "mesorecords.write-samples", matches = "true")
class WriteMissingEventSamples {

    @Test
    void writeSamplesThatDoNotExistYet() throws IOException {
        Jackson3Serializer serializer = Jackson3Serializer.builder().build();
        Path folder = Path.of("src/test/resources/events");
        Files.createDirectories(folder);
        for (Object event : EventExamples.all().values()) {
            Class<?> type = event.getClass();
            Path file =
                    folder.resolve(type.getSimpleName() + ".rev" + EventSerializationTest.revisionOf(type) + ".json");
            if (Files.notExists(file)) {
                Files.write(file, serializer.serialize(event, byte[].class).getData());
            }
        }
    }
}
