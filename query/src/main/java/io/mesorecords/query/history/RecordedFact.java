package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.history.RecordedBy;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** A stored event of a patient record as the history fold needs it: the payload with who and when recorded it. */
record RecordedFact(
        long sequence,
        String eventId,
        Instant timestamp,
        Instant recordedAt,
        RecordedBy recordedBy,
        PatientEvent event) {

    static RecordedFact of(DomainEventMessage<?> message) {
        Map<String, ?> metaData = message.getMetaData();
        Object recordedAt = metaData.get(RecordMetadata.RECORDED_AT);
        return new RecordedFact(
                message.getSequenceNumber(),
                message.getIdentifier(),
                message.getTimestamp(),
                // The edge captures recordedAt; the message timestamp stands in for events recorded without it.
                recordedAt == null ? message.getTimestamp() : Instant.parse(recordedAt.toString()),
                new RecordedBy(
                        text(metaData.get(RecordMetadata.USER_ID)),
                        text(metaData.get(RecordMetadata.ROLE)),
                        text(metaData.get(RecordMetadata.CLINIC_ID))),
                (PatientEvent) message.getPayload());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
