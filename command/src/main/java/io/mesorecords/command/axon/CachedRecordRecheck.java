package io.mesorecords.command.axon;

import javax.annotation.Nonnull;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Before a command's failure is answered, asks whether the cached records it was decided on were the latest
 * ({@link LatestRecordCache#assertServedRecordsLatest}); when one was not, the failure becomes a
 * {@link StaleRecordException} and the command is sent again on the record as stored. The check runs inside the unit of
 * work, while the record's lock is still held. A lost append race is not checked: it is retried as it is. A command
 * that succeeded is checked only if it applied no event to a cached record (none does today).
 */
final class CachedRecordRecheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final LatestRecordCache cache;

    CachedRecordRecheck(LatestRecordCache cache) {
        this.cache = cache;
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork, @Nonnull InterceptorChain chain)
            throws Exception {
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception failure) {
            if (!ConcurrentAppendRetry.isConcurrentAppend(failure)) {
                cache.assertServedRecordsLatest(unitOfWork, failure);
            }
            throw failure;
        }
        cache.assertUnchangedRecordsLatest(unitOfWork);
        return result;
    }
}
