package io.mesorecords.query.history;

import io.mesorecords.api.history.PatientHistory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a precomputed history: one JSON document per patient, so a read is one indexed row. The
 * document is derived data (a rebuild rewrites it), so its shape may change with the code. Each timeline fact names
 * its event type through the annotations on {@code TimelineEntry.fact}.
 */
@Component
class HistoryDocuments {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(PatientHistory history) {
        return mapper.writeValueAsString(history);
    }

    PatientHistory read(String document) {
        return mapper.readValue(document, PatientHistory.class);
    }
}
