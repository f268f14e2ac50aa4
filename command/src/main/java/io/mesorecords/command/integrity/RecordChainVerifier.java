package io.mesorecords.command.integrity;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.command.integrity.PatientChainReport.BrokenLink;
import io.mesorecords.command.integrity.PatientChainReport.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes a patient's chain from the stored rows, from sequence number 0 upwards, and compares each link with the
 * stored one. The first link that does not hold is the answer; nothing after it is trusted.
 */
@Component
class RecordChainVerifier {

    private final JdbcClient jdbc;
    private final RecordChainStore chain;
    private final EventForms forms;

    RecordChainVerifier(DataSource dataSource, RecordChainStore chain, EventForms forms) {
        this.jdbc = JdbcClient.create(dataSource);
        this.chain = chain;
        this.forms = forms;
    }

    /**
     * Empty when neither an event nor a link of the patient is stored, and when the record's clinic (the clinic its
     * stored events carry) is not one the reader may see: to them the record does not exist.
     */
    Optional<PatientChainReport> verify(PatientId patientId, Predicate<String> mayReadClinic) {
        String id = patientId.value().toString();
        Map<Long, StoredEvent> events =
                storedEvents(id).stream().collect(Collectors.toMap(StoredEvent::sequenceNumber, Function.identity()));
        Map<Long, RecordChainStore.Link> links = chain.links(id).stream()
                .collect(Collectors.toMap(RecordChainStore.Link::sequenceNumber, Function.identity()));
        Optional<String> clinic = events.keySet().stream()
                .min(Long::compare)
                .map(first -> events.get(first).metaData().get(RecordMetadata.CLINIC_ID));
        if (events.isEmpty() || clinic.isEmpty() || !mayReadClinic.test(clinic.get())) {
            return Optional.empty();
        }
        long last = Math.max(
                events.keySet().stream().mapToLong(Long::longValue).max().orElse(-1),
                links.keySet().stream().mapToLong(Long::longValue).max().orElse(-1));
        byte[] previous = RecordChain.GENESIS;
        for (long sequence = 0; sequence <= last; sequence++) {
            StoredEvent event = events.get(sequence);
            RecordChainStore.Link link = links.get(sequence);
            if (event == null) {
                String eventId = link == null ? null : link.eventIdentifier();
                return Optional.of(broken(patientId, sequence, eventId, Reason.EVENT_MISSING));
            }
            if (link == null) {
                return Optional.of(broken(patientId, sequence, event.eventIdentifier(), Reason.LINK_MISSING));
            }
            byte[] hash = RecordChain.link(previous, event);
            if (!Arrays.equals(hash, RecordChain.unhex(link.entryHash()))) {
                return Optional.of(broken(patientId, sequence, event.eventIdentifier(), Reason.EVENT_ALTERED));
            }
            previous = hash;
        }
        return Optional.of(PatientChainReport.intact(patientId.value(), last + 1));
    }

    private static PatientChainReport broken(PatientId patientId, long sequence, String eventId, Reason reason) {
        return PatientChainReport.broken(patientId.value(), sequence, new BrokenLink(sequence, eventId, reason));
    }

    private List<StoredEvent> storedEvents(String aggregateIdentifier) {
        return jdbc.sql("SELECT aggregateIdentifier, sequenceNumber, eventIdentifier, type, timeStamp, payloadType,"
                        + " payloadRevision, payload, metaData FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")
                .param(aggregateIdentifier)
                .query((rs, row) -> forms.ofRow(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBytes(8),
                        rs.getBytes(9)))
                .list();
    }
}
