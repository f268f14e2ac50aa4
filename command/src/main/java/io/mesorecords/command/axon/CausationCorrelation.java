package io.mesorecords.command.axon;

import io.mesorecords.api.common.RecordMetadata;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/** Names the message that directly caused each event: the command's own message id. */
public class CausationCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return message instanceof EventMessage<?>
                ? Map.of()
                : Map.of(RecordMetadata.CAUSATION_ID, message.getIdentifier());
    }
}
