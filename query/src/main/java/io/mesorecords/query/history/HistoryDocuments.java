package io.mesorecords.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.TimelineEntry;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The stored form of a precomputed history: one JSON document per patient, so a read is one indexed row. The
 * document is derived data (a rebuild rewrites it), so its shape may change with the code. Each timeline fact names
 * its event type through the annotations on {@code TimelineEntry.fact}.
 *
 * <p>The projection rewrites a patient's whole document for every batch that touches the patient, and in live use
 * that is nearly every command; serializing the unchanged earlier entries again was the largest single cost of a
 * command (docs/benchmarks.md, round 4). Entries are immutable and a folded history keeps the very entry objects it
 * was folded from, so each entry's JSON is remembered by identity (weakly: it goes with the last history holding the
 * entry) and copied into the next document as it is. The memory this takes is bounded by the characters it holds.
 */
@Component
class HistoryDocuments {

    /** About 32 MiB of remembered entry JSON (Latin-1 strings take a byte per character). */
    private static final long REMEMBERED_CHARACTERS = 32L << 20;

    private final JsonMapper plain = mapper(null);
    private final Cache<TimelineEntry, String> entryJson = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(REMEMBERED_CHARACTERS)
            .<TimelineEntry, String>weigher((entry, json) -> json.length())
            .build();
    private final JsonMapper remembering = mapper(new RememberedEntries());

    String write(PatientHistory history) {
        return remembering.writeValueAsString(history);
    }

    /**
     * The document as written without remembering its entries: the same text, for a document written once (a replay's
     * folded stream) and for tests.
     */
    String writeAfresh(PatientHistory history) {
        return plain.writeValueAsString(history);
    }

    PatientHistory read(String document) {
        return plain.readValue(document, PatientHistory.class);
    }

    /**
     * The clinic named by the document's summary, read token by token up to that field (the summary comes before the
     * timeline), or null if there is none. Binding a whole document only to check who may read it was a sixth of a
     * history read's CPU (docs/benchmarks.md, round 5).
     */
    String clinicOf(String document) {
        try (JsonParser parser = plain.createParser(document)) {
            return parser.nextToken() == JsonToken.START_OBJECT
                            && valueOf(parser, "summary") == JsonToken.START_OBJECT
                            && valueOf(parser, "clinicId") == JsonToken.VALUE_STRING
                    ? parser.getString()
                    : null;
        }
    }

    /**
     * Moves the parser, inside an object, to the value of the named property, skipping the ones before it; answers that
     * value's token, or null when the object has no such property.
     */
    private static JsonToken valueOf(JsonParser parser, String property) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (property.equals(name)) {
                return value;
            }
            parser.skipChildren();
        }
        return null;
    }

    private static JsonMapper mapper(ValueSerializer<TimelineEntry> entries) {
        JsonMapper.Builder builder = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (entries != null) {
            builder.addModule(
                    new SimpleModule("remembered-timeline-entries").addSerializer(TimelineEntry.class, entries));
        }
        return builder.build();
    }

    private final class RememberedEntries extends ValueSerializer<TimelineEntry> {
        @Override
        public void serialize(TimelineEntry entry, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(entryJson.get(entry, plain::writeValueAsString));
        }
    }
}
