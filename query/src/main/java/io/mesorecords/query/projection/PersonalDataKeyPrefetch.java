package io.mesorecords.query.projection;

import io.mesorecords.privacy.PersonalDataKeys;
import io.mesorecords.privacy.PersonalFields;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.Nonnull;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Before a processor handles the first event of a batch, reads the data keys of every patient whose encrypted personal
 * data the batch holds, in one look-up ({@link PersonalDataKeys#prefetch}). Without it each processor asked the key
 * store patient by patient as it decrypted their events, which during a rebuild was a query for nearly every patient
 * and every processor (docs/benchmarks.md, round 6). Only event types with personal data count, told by their class,
 * without reading their payload; a patient's events are those of their record, so the record's id is the key's
 * subject. The keys are cached as any other look-up caches them (same size, same time to live).
 */
final class PersonalDataKeyPrefetch implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String DONE = PersonalDataKeyPrefetch.class.getName();

    private final PersonalDataKeys keys;

    PersonalDataKeyPrefetch(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends EventMessage<?>> unitOfWork, @Nonnull InterceptorChain chain)
            throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (root instanceof BatchingUnitOfWork<?> batch) {
            root.getOrComputeResource(DONE, name -> {
                Set<String> patients = patientsWithPersonalData(batch);
                if (!patients.isEmpty()) {
                    keys.prefetch(patients);
                }
                return Boolean.TRUE;
            });
        }
        return chain.proceed();
    }

    private static Set<String> patientsWithPersonalData(BatchingUnitOfWork<?> batch) {
        Set<String> patients = new LinkedHashSet<>();
        for (Message<?> message : batch.getMessages()) {
            if (message instanceof DomainEventMessage<?> event
                    && !PersonalFields.of(event.getPayloadType()).isEmpty()) {
                patients.add(event.getAggregateIdentifier());
            }
        }
        return patients;
    }
}
