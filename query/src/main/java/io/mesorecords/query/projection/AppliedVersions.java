package io.mesorecords.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a reader waits for a record version, a projection announces each version it committed. Waiters
 * are completed by the announcement (no polling); the caller bounds the wait with a timeout.
 */
@Component
public class AppliedVersions {

    private record Waiter(long version, CompletableFuture<Long> applied) {}

    private final ConcurrentMap<String, List<Waiter>> waiters = new ConcurrentHashMap<>();

    /** Completes once {@code key} has reached {@code version}; {@code current} reads the version already stored. */
    public CompletableFuture<Long> await(String key, long version, LongSupplier current) {
        Waiter waiter = new Waiter(version, new CompletableFuture<>());
        waiters.compute(key, (k, list) -> {
            List<Waiter> updated = list == null ? new ArrayList<>() : list;
            updated.add(waiter);
            return updated;
        });
        // Registered before reading, so a version committed in between is either read here or announced to us.
        long stored = current.getAsLong();
        if (stored >= version) {
            waiter.applied().complete(stored);
        }
        waiter.applied().whenComplete((v, failure) -> forget(key, waiter));
        return waiter.applied();
    }

    /** Called by a projection after its transaction committed {@code version} for {@code key}. */
    public void applied(String key, long version) {
        if (!waiters.containsKey(key)) {
            return;
        }
        List<Waiter> reached = new ArrayList<>();
        waiters.computeIfPresent(key, (k, list) -> {
            list.stream().filter(w -> w.version() <= version).forEach(reached::add);
            list.removeAll(reached);
            return list.isEmpty() ? null : list;
        });
        // Completed outside compute(): completion runs callbacks that touch the map again.
        reached.forEach(w -> w.applied().complete(version));
    }

    private void forget(String key, Waiter waiter) {
        waiters.computeIfPresent(key, (k, list) -> {
            list.remove(waiter);
            return list.isEmpty() ? null : list;
        });
    }
}
