package io.mesorecords.command.axon;

import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.NOW;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.command.record.fixtures.Commands;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

class PatientRoutingStrategyTest {

    private final PatientRoutingStrategy routing = new PatientRoutingStrategy();

    @Test
    void routesEveryCommandForOnePatientByThePatientId() {
        String consent = routing.getRoutingKey(
                GenericCommandMessage.asCommandMessage(new RecordConsent(PATIENT, ConsentScope.TREATMENT, NOW)));
        String session = routing.getRoutingKey(
                GenericCommandMessage.asCommandMessage(Commands.schedule(FIRST_SESSION, NEXT_MONDAY_10)));

        assertThat(consent).isEqualTo(PATIENT.toString()).isEqualTo(session);
    }
}
