package io.mesorecords.command.axon;

import io.mesorecords.api.common.PatientCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;

/**
 * Routes every command for one patient to the same node, so a distributed command bus decides them one after the other
 * there (the record's lock and cache live on that node). Commands that are not about a patient fall back to Axon's
 * annotation-based routing.
 */
public class PatientRoutingStrategy implements RoutingStrategy {

    private final RoutingStrategy fallback = AnnotationRoutingStrategy.defaultStrategy();

    @Override
    public String getRoutingKey(CommandMessage<?> command) {
        if (command.getPayload() instanceof PatientCommand patientCommand) {
            return patientCommand.patientId().toString();
        }
        return fallback.getRoutingKey(command);
    }
}
