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
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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

    /** Records the events and hands them to the projection in one batch, as a processor would. */
    void given(PatientEvent... events) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
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
            batch.add(message);
        }
        deliver(batch);
    }

    /** Hands the last {@code count} events to the projection again in one batch, as after a rolled-back batch. */
    void redeliverLast(int count) {
        deliver(new ArrayList<>(delivered.subList(delivered.size() - count, delivered.size())));
    }

    void reset() {
        transaction.executeWithoutResult(status -> projection.onReset());
    }

    /**
     * One processor batch: one transaction, one batching unit of work (the projection gathers its writes in it and sends
     * them when it commits), the handler called once per event.
     */
    private void deliver(List<DomainEventMessage<?>> batch) {
        transaction.executeWithoutResult(status -> {
            BatchingUnitOfWork<DomainEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() ->
                    handlers.handle((EventMessage<?>) CurrentUnitOfWork.get().getMessage()));
            if (result.isExceptional()) {
                throw new IllegalStateException(result.exceptionResult());
            }
        });
        batch.stream().filter(m -> !delivered.contains(m)).forEach(delivered::add);
    }
}
