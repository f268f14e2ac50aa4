package io.mesorecords.command.record;

import io.mesorecords.api.common.CommandRejected;
import io.mesorecords.api.common.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * A command refused by a rule of the patient record. It is a {@link CommandExecutionException} whose details carry the
 * rejection, because Axon only transports exception details (never exception types) when the command was decided on
 * another node: the edge reads the code from the details wherever the command ran.
 */
public class RuleViolation extends CommandExecutionException {

    private final Rejection rejection;

    public RuleViolation(Rejection rejection, String message) {
        super(message, null, new CommandRejected(rejection, message));
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
