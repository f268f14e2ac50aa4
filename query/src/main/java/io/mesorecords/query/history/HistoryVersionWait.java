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

    /** The first look at the stored version after the one the wait starts with; each later look waits twice as long. */
    static final Duration FIRST_RECHECK = Duration.ofMillis(50);

    /** The longest pause between two looks at the stored version. */
    static final Duration LAST_RECHECK = Duration.ofMillis(250);

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
     * announcement comes here, so the stored version is also read again: after {@link #FIRST_RECHECK}, then at doubling
     * intervals up to {@link #LAST_RECHECK}. A fixed 50 ms made every waiting read a query 20 times a second, a tenth
     * of the node's CPU and most of its pool's connections under load (docs/benchmarks.md, round 5), while on a node
     * that projects the patient itself the announcement ends the wait anyway.
     */
    void awaitVersion(PatientId patientId, long minVersion) {
        LongSupplier stored = () -> repository.version(patientId).orElse(-1);
        CompletableFuture<Long> applied = appliedVersions.await(patientId.asString(), minVersion, stored);
        long deadline = System.nanoTime() + properties.readYourWritesTimeout().toNanos();
        long recheck = FIRST_RECHECK.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new VersionNotYetReadableException(patientId, minVersion);
                }
                try {
                    applied.get(Math.min(left, recheck), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException notAnnounced) {
                    recheck = Math.min(2 * recheck, LAST_RECHECK.toNanos());
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
