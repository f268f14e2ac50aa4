package io.mesorecords.command.axon;

import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.patient.RecordConsent;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final Map<String, Object> REQUEST = Map.of(
            RecordMetadata.USER_ID, "nurse-ana",
            RecordMetadata.ROLE, "PRACTITIONER",
            RecordMetadata.CLINIC_ID, "clinic-lyon",
            RecordMetadata.CORRELATION_ID, "req-42",
            RecordMetadata.RECORDED_AT, NOW.toString(),
            RecordMetadata.EXPECTED_VERSION, "2");

    private final GenericCommandMessage<RecordConsent> command = new GenericCommandMessage<>(
            new RecordConsent(PATIENT, ConsentScope.ANALYTICS, NOW), MetaData.from(REQUEST));

    @Test
    void copiesWhoWhereWhenAndTheRequestFromTheCommand() {
        Map<String, Object> data = Map.copyOf(new RecordMetadataCorrelation().correlationDataFor(command));

        assertThat(data)
                .containsEntry(RecordMetadata.USER_ID, "nurse-ana")
                .containsEntry(RecordMetadata.ROLE, "PRACTITIONER")
                .containsEntry(RecordMetadata.CLINIC_ID, "clinic-lyon")
                .containsEntry(RecordMetadata.CORRELATION_ID, "req-42")
                .containsEntry(RecordMetadata.RECORDED_AT, NOW.toString())
                .doesNotContainKey(RecordMetadata.EXPECTED_VERSION);
    }

    @Test
    void aCommandWithoutACorrelationIdStartsItsOwn() {
        GenericCommandMessage<String> bare = new GenericCommandMessage<>("payload", MetaData.emptyInstance());

        assertThat(Map.<String, Object>copyOf(new RecordMetadataCorrelation().correlationDataFor(bare)))
                .containsEntry(RecordMetadata.CORRELATION_ID, bare.getIdentifier())
                .hasSize(1);
    }

    @Test
    void namesTheCommandAsTheCauseOfItsEvents() {
        assertThat(Map.<String, Object>copyOf(new CausationCorrelation().correlationDataFor(command)))
                .isEqualTo(Map.of(RecordMetadata.CAUSATION_ID, command.getIdentifier()));
    }

    @Test
    void everyEventOfTheRecordCarriesTheCommandsMetadata() {
        var fixture = aPatientRecordFixture();
        fixture.registerCommandHandlerInterceptor(
                new CorrelationDataInterceptor<>(List.of(new RecordMetadataCorrelation(), new CausationCorrelation())));
        fixture.given(aScreenedPatient().events())
                .when(command.getPayload(), REQUEST)
                .expectEventsMatching(new TypeSafeMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                        return events.size() == 1
                                && events.get(0) instanceof EventMessage<?> event
                                && "nurse-ana".equals(event.getMetaData().get(RecordMetadata.USER_ID))
                                && "req-42".equals(event.getMetaData().get(RecordMetadata.CORRELATION_ID))
                                && NOW.toString().equals(event.getMetaData().get(RecordMetadata.RECORDED_AT))
                                && event.getMetaData().get(RecordMetadata.CAUSATION_ID) != null;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("one event carrying the command's user, request, time and cause");
                    }
                });
    }
}
