package io.mesorecords.command.axon;

import javax.annotation.Nonnull;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * The local command bus segment, answering every refusal with {@link RejectionDetails}. It wraps the result rather than
 * intercepting the handler because a lost append race surfaces when the unit of work commits, after every handler
 * interceptor has returned; Axon Server hands incoming commands to this segment, so the details are in place before the
 * connector serializes the answer.
 */
final class RejectionDetailsCommandBus implements CommandBus {

    private final CommandBus localSegment;

    RejectionDetailsCommandBus(CommandBus localSegment) {
        this.localSegment = localSegment;
    }

    @Override
    public <C> void dispatch(@Nonnull CommandMessage<C> command) {
        localSegment.dispatch(command);
    }

    @Override
    public <C, R> void dispatch(
            @Nonnull CommandMessage<C> command, @Nonnull CommandCallback<? super C, ? super R> callback) {
        localSegment.dispatch(
                command, (CommandCallback<C, R>) (message, result) -> callback.onResult(message, withDetails(result)));
    }

    private static <R> CommandResultMessage<? extends R> withDetails(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional()) {
            return result;
        }
        return RejectionDetails.of(result.exceptionResult())
                .<CommandResultMessage<? extends R>>map(
                        refusal -> new GenericCommandResultMessage<R>(refusal, result.getMetaData()))
                .orElse(result);
    }

    @Override
    public Registration subscribe(
            @Nonnull String commandName, @Nonnull MessageHandler<? super CommandMessage<?>> handler) {
        return localSegment.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(
            @Nonnull MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
        return localSegment.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(
            @Nonnull MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return localSegment.registerDispatchInterceptor(dispatchInterceptor);
    }
}
