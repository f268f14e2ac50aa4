package io.mesorecords.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.ProjectionProperties;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HistoryVersionWaitTest {

    private final PatientId patient = PatientId.random();
    private final HistoryRepository repository = mock(HistoryRepository.class);
    private final AppliedVersions applied = new AppliedVersions();
    private final HistoryVersionWait wait = new HistoryVersionWait(
            applied, repository, new ProjectionProperties(null, null, null, null, Duration.ofSeconds(2), null));

    @Test
    void aVersionProjectedByAnotherQueryNodeIsSeenWithoutAnAnnouncement() {
        // Another node holds the patient's segment: nothing is announced here, the stored version rises.
        when(repository.version(patient)).thenReturn(OptionalLong.of(3), OptionalLong.of(3), OptionalLong.of(7));

        long started = System.nanoTime();
        wait.awaitVersion(patient, 7);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aVersionThatNeverArrivesEndsTheWaitWithinItsBound() {
        when(repository.version(patient)).thenReturn(OptionalLong.of(3));
        HistoryVersionWait impatient = new HistoryVersionWait(
                applied, repository, new ProjectionProperties(null, null, null, null, Duration.ofMillis(200), null));

        assertThatThrownBy(() -> impatient.awaitVersion(patient, 7)).isInstanceOf(VersionNotYetReadableException.class);
    }

    @Test
    void theStoredVersionIsLookedAtLessOftenTheLongerTheWait() {
        when(repository.version(patient)).thenReturn(OptionalLong.of(3));
        HistoryVersionWait oneSecond = new HistoryVersionWait(
                applied, repository, new ProjectionProperties(null, null, null, null, Duration.ofSeconds(1), null));

        assertThatThrownBy(() -> oneSecond.awaitVersion(patient, 7)).isInstanceOf(VersionNotYetReadableException.class);

        // Looks at 50, 150, 350, 600 and 850 ms, plus the first one when the wait starts: at a fixed 50 ms, 20.
        verify(repository, atMost(7)).version(patient);
        verify(repository, atLeast(4)).version(patient);
    }
}
