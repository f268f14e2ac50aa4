package io.mesorecords.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.RecordedBy;
import io.mesorecords.api.history.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/**
 * A history travels between nodes as a query response, through the messages serializer. Its timeline holds facts of
 * every event type behind the {@link PatientEvent} interface, so each fact must name its type, and every event type
 * must be one the timeline can name.
 */
class TimelineFactSerializationTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void everyEventTypeCanBeNamedOnTheTimeline() throws NoSuchFieldException {
        JsonSubTypes named = TimelineEntry.class.getDeclaredField("fact").getAnnotation(JsonSubTypes.class);

        assertThat(Arrays.stream(named.value()).map(JsonSubTypes.Type::value).toList())
                .containsExactlyInAnyOrderElementsOf(
                        EventSerializationTest.eventTypes().toList());
    }

    @Test
    void aHistoryHoldingEveryEventTypeSurvivesTheMessagesSerializer() {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (PatientEvent fact : EventExamples.all().values()) {
            timeline.add(new TimelineEntry(
                    timeline.size(),
                    "event-" + timeline.size(),
                    fact.getClass().getSimpleName(),
                    null,
                    Instant.parse("2026-03-02T09:00:00Z"),
                    Instant.parse("2026-03-02T09:05:00Z"),
                    new RecordedBy("dr-jansen", "PRACTITIONER", "clinic-amsterdam"),
                    fact,
                    List.of(),
                    List.of("name")));
        }
        PatientHistory history = new PatientHistory(EventExamples.PATIENT, timeline.size() - 1, null, timeline);

        SerializedObject<byte[]> answer = serializer.serialize(history, byte[].class);
        Object restored = serializer.deserialize(answer);

        assertThat(restored).isEqualTo(history);
    }

    @Test
    void eventsThemselvesAreStoredWithoutTypeInformation() {
        PatientEvent event = EventExamples.all().values().iterator().next();

        String stored = new String(serializer.serialize(event, byte[].class).getData());

        assertThat(stored).doesNotContain("@type");
    }
}
