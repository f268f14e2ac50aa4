package io.mesorecords.command.http;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.patient.RegisterPatient;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a patient record's commands with the request's metadata and reads the record's version from the answer: a
 * registration leaves the record at version 0, every other command answers the version it produced.
 */
@Component
public class PatientRecordCommands {

    private final CommandGateway gateway;
    private final long timeoutMillis;

    PatientRecordCommands(CommandGateway gateway, EdgeProperties properties) {
        this.gateway = gateway;
        this.timeoutMillis = properties.commandTimeout().toMillis();
    }

    public long register(RegisterPatient command, RequestMetadata metadata) {
        try {
            gateway.sendAndWait(
                    command,
                    metadata.toMetaData()
                            .and(RecordMetadata.CLINIC_ID, command.clinicId().value()),
                    timeoutMillis,
                    TimeUnit.MILLISECONDS);
        } catch (RuntimeException failure) {
            // A stream that cannot be created for a new record means the id is taken.
            if (CommandFailures.isStreamConflict(failure)) {
                throw new RecordRejected(
                        Rejection.PATIENT_ALREADY_EXISTS, "A patient record with this id already exists", failure);
            }
            throw failure;
        }
        return 0L;
    }

    public long send(PatientCommand command, RequestMetadata metadata) {
        Object version = gateway.sendAndWait(command, metadata.toMetaData(), timeoutMillis, TimeUnit.MILLISECONDS);
        if (version instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException(command.getClass().getSimpleName() + " answered no record version");
    }
}
