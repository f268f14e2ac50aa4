package io.mesorecords.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.privacy.PersonalDataKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PersonalDataKeyPrefetchTest {

    private final PersonalDataKeys keys = mock(PersonalDataKeys.class);
    private final PersonalDataKeyPrefetch prefetch = new PersonalDataKeyPrefetch(keys);

    @Test
    void theFirstEventOfABatchFetchesTheKeysOfThePatientsWithPersonalDataInIt() throws Exception {
        PatientId registered = PatientId.random();
        PatientId consenting = PatientId.random();
        PatientId planning = PatientId.random();
        List<EventMessage<?>> batch = List.of(
                event(consenting, Patients.consentedToAnalytics(consenting, Instant.parse("2025-01-01T10:00:00Z"))),
                event(registered, Patients.registered(registered, "Ada", "Lovelace")),
                event(planning, Patients.coursePlanned(planning, CourseId.random(), LocalDate.of(2025, 1, 2))),
                event(
                        registered,
                        Patients.screenedAllergicTo(registered, LocalDate.of(2025, 1, 3), Ingredient.ELASTIN)),
                GenericEventMessage.asEventMessage("not a patient's event"));

        List<Object> handled = handleAll(batch);

        assertThat(handled).hasSize(batch.size());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<String>> patients = ArgumentCaptor.forClass(Collection.class);
        verify(keys, times(1)).prefetch(patients.capture());
        // Consent and course planning carry no personal data; the registration and the screening do, once per patient.
        assertThat(patients.getValue()).containsExactly(registered.asString());
    }

    @Test
    void aBatchWithoutPersonalDataAsksForNoKeys() throws Exception {
        PatientId patient = PatientId.random();

        handleAll(
                List.of(event(patient, Patients.consentedToAnalytics(patient, Instant.parse("2025-01-01T10:00:00Z")))));

        verify(keys, never()).prefetch(any());
    }

    @Test
    void outsideABatchNothingIsFetched() throws Exception {
        PatientId patient = PatientId.random();
        DefaultUnitOfWork<EventMessage<?>> single =
                DefaultUnitOfWork.startAndGet(event(patient, Patients.registered(patient, "Ada", "Lovelace")));

        single.executeWithResult(
                () -> prefetch.handle(single, new DefaultInterceptorChain<>(single, List.of(), m -> null)));

        verify(keys, never()).prefetch(any());
    }

    /** Hands every message of one batch through the interceptor to a handler, as a processor's batch does. */
    private List<Object> handleAll(List<EventMessage<?>> messages) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        List<Object> handled = new ArrayList<>();
        unitOfWork.executeWithResult(() -> prefetch.handle(
                unitOfWork, new DefaultInterceptorChain<>(unitOfWork, List.of(), message -> handled.add(message))));
        return handled;
    }

    private static EventMessage<?> event(PatientId patient, Object payload) {
        return new GenericDomainEventMessage<>("PatientRecord", patient.asString(), 0, payload);
    }
}
