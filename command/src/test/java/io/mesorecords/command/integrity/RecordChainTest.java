package io.mesorecords.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class RecordChainTest {

    private static final byte[] PAYLOAD = "{\"patientId\":\"p-1\"}".getBytes(StandardCharsets.UTF_8);

    private static StoredEvent registration(Map<String, ?> metaData) {
        return new StoredEvent(
                "7f1c0a52-0000-4000-8000-000000000001",
                0,
                "event-1",
                "PatientRecord",
                "2025-01-01T10:00:00Z",
                "io.mesorecords.api.patient.PatientRegistered",
                "1",
                PAYLOAD,
                StoredEvent.metaDataOf(metaData));
    }

    private static final StoredEvent REGISTRATION =
            registration(Map.of("userId", "dr-jansen", "recordedAt", "2025-01-01T10:00:00Z"));

    @Test
    void theCanonicalFormIsPinned() {
        // Pinned from an independent computation of the form in docs/security.md.
        // Stored links depend on these exact bytes: a change here is a new form version, never an edit.
        assertThat(RecordChain.hex(RecordChain.link(RecordChain.GENESIS, REGISTRATION)))
                .isEqualTo(PINNED_HASH);
    }

    @Test
    void metadataOrderDoesNotChangeTheHash() {
        Map<String, Object> oneOrder = new LinkedHashMap<>();
        oneOrder.put("userId", "dr-jansen");
        oneOrder.put("recordedAt", "2025-01-01T10:00:00Z");
        Map<String, Object> otherOrder = new LinkedHashMap<>();
        otherOrder.put("recordedAt", "2025-01-01T10:00:00Z");
        otherOrder.put("userId", "dr-jansen");

        assertThat(RecordChain.link(RecordChain.GENESIS, registration(oneOrder)))
                .isEqualTo(RecordChain.link(RecordChain.GENESIS, registration(otherOrder)));
    }

    @Test
    void everyCoveredFieldChangesTheHash() {
        byte[] original = RecordChain.link(RecordChain.GENESIS, REGISTRATION);
        StoredEvent e = REGISTRATION;
        SortedMap<String, String> m = e.metaData();
        StoredEvent[] variants = {
            new StoredEvent(
                    "other",
                    0,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    e.timeStamp(),
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    1,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    e.timeStamp(),
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    "event-2",
                    e.aggregateType(),
                    e.timeStamp(),
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    e.eventIdentifier(),
                    "Other",
                    e.timeStamp(),
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    "2025-01-01T10:00:01Z",
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    e.timeStamp(),
                    "io.mesorecords.api.patient.PatientErased",
                    e.payloadRevision(),
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    e.timeStamp(),
                    e.payloadType(),
                    "2",
                    e.payload(),
                    m),
            new StoredEvent(
                    e.aggregateIdentifier(),
                    0,
                    e.eventIdentifier(),
                    e.aggregateType(),
                    e.timeStamp(),
                    e.payloadType(),
                    e.payloadRevision(),
                    "{\"patientId\":\"p-2\"}".getBytes(StandardCharsets.UTF_8),
                    m),
            registration(Map.of("userId", "dr-other", "recordedAt", "2025-01-01T10:00:00Z")),
            registration(Map.of("userId", "dr-jansen")),
        };
        for (StoredEvent variant : variants) {
            assertThat(RecordChain.link(RecordChain.GENESIS, variant))
                    .as("%s", variant)
                    .isNotEqualTo(original);
        }
    }

    @Test
    void aMissingRevisionIsNotAnEmptyOne() {
        StoredEvent e = REGISTRATION;
        StoredEvent none = new StoredEvent(
                e.aggregateIdentifier(),
                0,
                e.eventIdentifier(),
                e.aggregateType(),
                e.timeStamp(),
                e.payloadType(),
                null,
                e.payload(),
                e.metaData());
        StoredEvent empty = new StoredEvent(
                e.aggregateIdentifier(),
                0,
                e.eventIdentifier(),
                e.aggregateType(),
                e.timeStamp(),
                e.payloadType(),
                "",
                e.payload(),
                e.metaData());

        assertThat(RecordChain.link(RecordChain.GENESIS, none))
                .isNotEqualTo(RecordChain.link(RecordChain.GENESIS, empty));
    }

    @Test
    void fieldBoundariesCannotShift() {
        // Without length prefixes "ab" + "c" and "a" + "bc" would hash alike.
        StoredEvent e = REGISTRATION;
        StoredEvent left = new StoredEvent(
                e.aggregateIdentifier(),
                0,
                e.eventIdentifier(),
                e.aggregateType(),
                e.timeStamp(),
                "ab",
                "c",
                e.payload(),
                e.metaData());
        StoredEvent right = new StoredEvent(
                e.aggregateIdentifier(),
                0,
                e.eventIdentifier(),
                e.aggregateType(),
                e.timeStamp(),
                "a",
                "bc",
                e.payload(),
                e.metaData());

        assertThat(RecordChain.link(RecordChain.GENESIS, left))
                .isNotEqualTo(RecordChain.link(RecordChain.GENESIS, right));
    }

    @Test
    void eachLinkDependsOnThePreviousOne() {
        byte[] afterGenesis = RecordChain.link(RecordChain.GENESIS, REGISTRATION);
        byte[] afterOther =
                RecordChain.link(RecordChain.link(RecordChain.GENESIS, registration(Map.of())), REGISTRATION);

        assertThat(afterGenesis).hasSize(32).isNotEqualTo(afterOther);
    }

    private static final String PINNED_HASH = "2715215811188ab96e387d05ed796d1235477fa980e3f911bbe5506bbffa4e78";
}
