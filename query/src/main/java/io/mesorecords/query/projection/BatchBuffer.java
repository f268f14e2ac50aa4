package io.mesorecords.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects what a projection's handlers see during one unit of work, and writes it once when the unit of work
 * prepares to commit. A pooled streaming processor handles a whole batch in one (batching) unit of work inside one
 * transaction with the token update, so a batch costs a few round trips instead of one per event.
 */
public final class BatchBuffer {

    private BatchBuffer() {}

    /**
     * The items collected so far in the current unit of work under {@code key}. On first use, {@code flush} is
     * registered to run before commit (in the transaction) and {@code afterCommit} after it.
     */
    public static <T> List<T> current(String key, Consumer<List<T>> flush, Consumer<List<T>> afterCommit) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BatchBuffer.class.getName() + "." + key, ignored -> {
            List<T> items = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> flush.accept(items));
            unitOfWork.afterCommit(u -> afterCommit.accept(items));
            return items;
        });
    }
}
