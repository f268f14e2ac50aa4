package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.app.support.EmbeddedDatabase;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the local command bus segment answers is what Axon Server carries back to the node that sent the command, and
 * only a failure's details survive that trip: a refusal Axon raises itself must carry its rejection there too.
 */
@SpringBootTest
class RefusalDetailsTest {

    @Autowired
    @Qualifier("localSegment")
    CommandBus localSegment;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @Test
    void aCommandForAnUnknownPatientIsAnsweredWithItsRejectionAsDetails() throws Exception {
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();

        localSegment.dispatch(
                GenericCommandMessage.asCommandMessage(new RecordConsent(
                        PatientId.random(), ConsentScope.TREATMENT, Instant.parse("2026-09-01T09:00:00Z"))),
                (command, result) -> answer.complete(result));

        CommandResultMessage<?> result = answer.get(10, TimeUnit.SECONDS);
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionDetails())
                .hasValueSatisfying(details ->
                        assertThat(((CommandRejected) details).rejection()).isEqualTo(Rejection.PATIENT_NOT_FOUND));
    }
}
