package io.mesorecords.command.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.api.common.RecordMetadata;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordedAtParameterResolverFactoryTest {

    private static final Instant AT_THE_DESK = Instant.parse("2025-06-02T08:15:30Z");
    private static final Instant CLOCK = Instant.parse("2030-01-01T00:00:00Z");

    private final Clock previousClock = GenericEventMessage.clock;

    @SuppressWarnings("unused")
    void handler(String command, @RecordedAt Instant now, Instant unannotated) {}

    @SuppressWarnings("unused")
    void misplaced(String command, @RecordedAt String now) {}

    @AfterEach
    void restoreClock() {
        GenericEventMessage.clock = previousClock;
    }

    private ParameterResolver<?> resolverFor(String method, int index, Class<?>... types) throws Exception {
        Method handler = getClass().getDeclaredMethod(method, types);
        return ClasspathParameterResolverFactory.forClass(getClass())
                .createInstance(handler, handler.getParameters(), index);
    }

    @Test
    void takesTheRecordingTimeCapturedAtTheEdge() throws Exception {
        ParameterResolver<?> resolver = resolverFor("handler", 1, String.class, Instant.class, Instant.class);
        var command = new GenericCommandMessage<>(
                "x", MetaData.from(Map.of(RecordMetadata.RECORDED_AT, AT_THE_DESK.toString())));

        assertThat(resolver.resolveParameterValue(command)).isEqualTo(AT_THE_DESK);
    }

    @Test
    void fallsBackToTheMessageClock() throws Exception {
        GenericEventMessage.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
        ParameterResolver<?> resolver = resolverFor("handler", 1, String.class, Instant.class, Instant.class);

        assertThat(resolver.resolveParameterValue(new GenericCommandMessage<>("x", MetaData.emptyInstance())))
                .isEqualTo(CLOCK);
    }

    @Test
    void leavesUnannotatedInstantsToOtherResolvers() throws Exception {
        Method handler = getClass().getDeclaredMethod("handler", String.class, Instant.class, Instant.class);
        assertThat(new RecordedAtParameterResolverFactory().createInstance(handler, handler.getParameters(), 2))
                .isNull();
    }

    @Test
    void refusesToResolveAnythingButAnInstant() throws Exception {
        Method handler = getClass().getDeclaredMethod("misplaced", String.class, String.class);
        assertThatThrownBy(() ->
                        new RecordedAtParameterResolverFactory().createInstance(handler, handler.getParameters(), 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
