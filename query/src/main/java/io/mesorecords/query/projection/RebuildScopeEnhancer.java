package io.mesorecords.query.projection;

import java.lang.reflect.Member;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.replay.ResetContext;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Keeps a rebuild to the projections it names when several share a processor ({@link RebuildScope}). A handler of a
 * class with a {@code @ProcessingGroup} does not take a reset whose scope leaves its group out, nor an event replayed
 * under such a scope: the other projections of the processor keep their tables and do not see the old events again.
 * Events after the reset's position are not replays, so every projection handles them. Without a scope (a reset from
 * elsewhere, say Axon Server's console) everything is reset and replayed, as Axon does by default. Axon applies this
 * to every annotated handler (Spring beans of this type are handler enhancers); handlers without a processing group
 * are left as they are.
 */
public class RebuildScopeEnhancer implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.unwrap(Member.class)
                .map(Member::getDeclaringClass)
                .map(type -> AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class))
                .<MessageHandlingMember<T>>map(group -> new Scoped<>(original, group.value()))
                .orElse(original);
    }

    /** Whether a projection of {@code group} takes {@code message}, as far as rebuild scopes go. */
    static boolean inScope(Message<?> message, String group) {
        if (message instanceof ResetContext<?> reset) {
            return RebuildScope.fromContext(reset.getPayload())
                    .map(scope -> scope.includes(group))
                    .orElse(true);
        }
        if (message instanceof TrackedEventMessage<?> tracked && ReplayToken.isReplay(tracked)) {
            return RebuildScope.replays(tracked.trackingToken(), group);
        }
        return true;
    }

    private static final class Scoped<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Scoped(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public boolean canHandle(Message<?> message) {
            // The handler's own (type) check first: only the one handler that takes the event looks at the scope.
            return super.canHandle(message) && inScope(message, group);
        }
    }
}
