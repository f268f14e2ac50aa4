package io.mesorecords.command.axon;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.RecordMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Every command names its patient record through {@link PatientCommand}, so the contract needs no Axon annotation. The
 * version the client last saw ({@code If-Match}, carried as {@link RecordMetadata#EXPECTED_VERSION}) makes Axon's
 * repository refuse the command with a {@code ConflictingAggregateVersionException} when the record has moved on.
 */
public class PatientCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof PatientCommand patientCommand)) {
            throw new IllegalArgumentException(
                    command.getCommandName() + " is not addressed to a patient record (not a PatientCommand).");
        }
        return new VersionedAggregateIdentifier(
                patientCommand.patientId().toString(), expectedVersion(command.getMetaData()));
    }

    static Long expectedVersion(MetaData metaData) {
        Object value = metaData.get(RecordMetadata.EXPECTED_VERSION);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The expected version '" + value + "' is not a number.", e);
        }
    }
}
