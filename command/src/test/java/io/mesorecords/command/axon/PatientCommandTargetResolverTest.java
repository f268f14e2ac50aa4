package io.mesorecords.command.axon;

import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.PatientHistory.aScreenedPatient;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.command.record.fixtures.Refusals;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class PatientCommandTargetResolverTest {

    private final PatientCommandTargetResolver resolver = new PatientCommandTargetResolver();
    private final RecordConsent consent = new RecordConsent(PATIENT, ConsentScope.PHOTOGRAPHS, NOW);

    @Test
    void targetsThePatientRecordOfTheCommandWithoutAnExpectedVersion() {
        VersionedAggregateIdentifier target = resolver.resolveTarget(GenericCommandMessage.asCommandMessage(consent));

        assertThat(target.getIdentifier()).isEqualTo(PATIENT.toString());
        assertThat(target.getVersion()).isNull();
    }

    @Test
    void leavesTheExpectedVersionToTheRecordSoThatItIsComparedOnlyAfterTheClinicCheck() {
        assertThat(resolver.resolveTarget(withMetadata(Map.of(RecordMetadata.EXPECTED_VERSION, 7L)))
                        .getVersion())
                .isNull();
    }

    @Test
    void readsTheExpectedVersionAsANumberOrANumericString() {
        assertThat(PatientCommandTargetResolver.expectedVersion(MetaData.with(RecordMetadata.EXPECTED_VERSION, 7L)))
                .isEqualTo(7L);
        assertThat(PatientCommandTargetResolver.expectedVersion(MetaData.with(RecordMetadata.EXPECTED_VERSION, "12")))
                .isEqualTo(12L);
        assertThat(PatientCommandTargetResolver.expectedVersion(MetaData.emptyInstance()))
                .isNull();
    }

    @Test
    void refusesAnExpectedVersionThatIsNotANumber() {
        assertThatThrownBy(() -> PatientCommandTargetResolver.expectedVersion(
                        MetaData.with(RecordMetadata.EXPECTED_VERSION, "W/\"3\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStaleExpectedVersionOnAnotherClinicsRecordAnswersNotFoundNotConflict() {
        Refusals.refusedWith(
                aPatientRecordFixture()
                        .given(aScreenedPatient().events())
                        .when(
                                consent,
                                Map.of(
                                        RecordMetadata.EXPECTED_VERSION,
                                        "1",
                                        RecordMetadata.ACTOR_CLINICS,
                                        "clinic-elsewhere")),
                Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void refusesACommandThatIsNotAboutAPatient() {
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage("hello")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStaleExpectedVersionIsRefusedByTheRecord() {
        // The screened patient's record is at version 2 (registered, screened, consented).
        aPatientRecordFixture()
                .given(aScreenedPatient().events())
                .when(consent, Map.of(RecordMetadata.EXPECTED_VERSION, "1"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        aPatientRecordFixture()
                .given(aScreenedPatient().events())
                .when(consent, Map.of(RecordMetadata.EXPECTED_VERSION, "2"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    private GenericCommandMessage<RecordConsent> withMetadata(Map<String, ?> metadata) {
        return new GenericCommandMessage<>(consent, MetaData.from(metadata));
    }
}
