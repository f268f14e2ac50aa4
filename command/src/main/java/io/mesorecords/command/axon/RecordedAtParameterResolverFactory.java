package io.mesorecords.command.axon;

import io.mesorecords.api.common.RecordMetadata;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.time.Instant;
import org.axonframework.common.Priority;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Resolves {@link RecordedAt} parameters. Registered through {@code META-INF/services}, so Axon's classpath lookup finds it
 * in the application and in the aggregate test fixture alike; the fallback is Axon's message clock, which the fixture
 * sets with {@code givenCurrentTime}.
 */
@Priority(Priority.HIGH)
public class RecordedAtParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Instant> createInstance(Executable executable, Parameter[] parameters, int index) {
        Parameter parameter = parameters[index];
        if (!parameter.isAnnotationPresent(RecordedAt.class)) {
            return null;
        }
        if (!Instant.class.equals(parameter.getType())) {
            throw new IllegalStateException("@RecordedAt must annotate an Instant parameter: " + executable);
        }
        return new ParameterResolver<>() {
            @Override
            public Instant resolveParameterValue(Message<?> message) {
                return recordedAt(message);
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }

    static Instant recordedAt(Message<?> message) {
        Object value = message.getMetaData().get(RecordMetadata.RECORDED_AT);
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value != null) {
            return Instant.parse(value.toString());
        }
        return GenericEventMessage.clock.instant();
    }
}
