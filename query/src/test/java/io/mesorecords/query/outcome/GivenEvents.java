package io.mesorecords.query.outcome;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.patient.PatientRegistered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records events in the patient's stream, as the write side would, and hands each to the projection in its own
 * transaction, as the processor would, through Axon's own handler resolution.
 */
class GivenEvents {

    static final String CLINIC = "clinic-north";

    private final EventStore eventStore;
    private final OutcomeReportProjection projection;
    private final AnnotationEventHandlerAdapter handlers;
    private final TransactionTemplate transaction;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, String> clinicOf = new HashMap<>();
    private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

    GivenEvents(EventStore eventStore, OutcomeReportProjection projection, PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.projection = projection;
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        this.transaction = new TransactionTemplate(transactions);
    }

    void given(PatientEvent... events) {
        for (PatientEvent event : events) {
            String patient = event.patientId().asString();
            long sequence = nextSequence.merge(patient, 1L, Long::sum) - 1;
            if (event instanceof PatientRegistered registered) {
                clinicOf.put(patient, registered.clinicId().asString());
            }
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                    "Patient",
                    patient,
                    sequence,
                    event,
                    MetaData.with(RecordMetadata.CLINIC_ID, clinicOf.getOrDefault(patient, CLINIC))
                            .and(RecordMetadata.USER_ID, "dr-who"));
            eventStore.publish(message);
            deliver(message);
        }
    }

    /** Hands the last {@code count} events to the projection again, as after a rolled-back batch. */
    void redeliverLast(int count) {
        List<DomainEventMessage<?>> batch =
                new ArrayList<>(delivered.subList(delivered.size() - count, delivered.size()));
        batch.forEach(this::deliver);
    }

    void reset() {
        transaction.executeWithoutResult(status -> projection.onReset());
    }

    private void deliver(DomainEventMessage<?> message) {
        transaction.executeWithoutResult(status -> {
            try {
                handlers.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!delivered.contains(message)) {
            delivered.add(message);
        }
    }
}
