package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.ProjectionProperties;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/** Read-your-writes for the history: waits, at most the configured time, until a record version is projected. */
@Component
class HistoryVersionWait {

    static final Duration RECHECK = Duration.ofMillis(50);

    private final AppliedVersions appliedVersions;
    private final HistoryRepository repository;
    private final ProjectionProperties properties;

    HistoryVersionWait(AppliedVersions appliedVersions, HistoryRepository repository, ProjectionProperties properties) {
        this.appliedVersions = appliedVersions;
        this.repository = repository;
        this.properties = properties;
    }

    /**
     * Waits until the history of the patient has reached {@code minVersion}. The projection on this node announces every
     * version it commits, which ends the wait at once; when another query node holds the patient's segment no
     * announcement comes here, so the stored version is also read again every {@link #RECHECK}.
     */
    void awaitVersion(PatientId patientId, long minVersion) {
        LongSupplier stored = () -> repository.version(patientId).orElse(-1);
        CompletableFuture<Long> applied = appliedVersions.await(patientId.asString(), minVersion, stored);
        long deadline = System.nanoTime() + properties.readYourWritesTimeout().toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new VersionNotYetReadableException(patientId, minVersion);
                }
                try {
                    applied.get(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException notAnnounced) {
                    if (stored.getAsLong() >= minVersion) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VersionNotYetReadableException(patientId, minVersion);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            applied.cancel(false);
        }
    }
}
