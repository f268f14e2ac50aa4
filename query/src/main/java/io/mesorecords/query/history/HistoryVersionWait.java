package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.ProjectionProperties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/** Read-your-writes for the history: waits, at most the configured time, until a record version is projected. */
@Component
class HistoryVersionWait {

    private final AppliedVersions appliedVersions;
    private final HistoryRepository repository;
    private final ProjectionProperties properties;

    HistoryVersionWait(AppliedVersions appliedVersions, HistoryRepository repository, ProjectionProperties properties) {
        this.appliedVersions = appliedVersions;
        this.repository = repository;
        this.properties = properties;
    }

    void awaitVersion(PatientId patientId, long minVersion) {
        try {
            appliedVersions
                    .await(patientId.asString(), minVersion, () -> repository
                            .version(patientId)
                            .orElse(-1))
                    .get(properties.readYourWritesTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new VersionNotYetReadableException(patientId, minVersion);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VersionNotYetReadableException(patientId, minVersion);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
