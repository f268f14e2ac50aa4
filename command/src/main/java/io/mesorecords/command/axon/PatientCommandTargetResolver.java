package io.mesorecords.command.axon;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.RecordMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Every command names its patient record through {@link PatientCommand}, so the contract needs no Axon annotation.
 *
 * <p>The version the client last saw ({@code If-Match}, carried as {@link RecordMetadata#EXPECTED_VERSION}) is
 * deliberately not handed to Axon's repository, which would compare it while loading, before the record has checked
 * that the user belongs to its clinic: a stale version would then answer 409 for another clinic's patient and reveal
 * that the record exists. The record compares it itself, after the clinic check ({@link #expectedVersion}).
 */
public class PatientCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof PatientCommand patientCommand)) {
            throw new IllegalArgumentException(
                    command.getCommandName() + " is not addressed to a patient record (not a PatientCommand).");
        }
        return new VersionedAggregateIdentifier(patientCommand.patientId().toString(), null);
    }

    /** The version a command expects its record at, from {@link RecordMetadata#EXPECTED_VERSION}; null for any. */
    public static Long expectedVersion(MetaData metaData) {
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
