package io.mesorecords.api.schedule;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.Immutable;
import java.util.List;

/** The booked sessions of a clinic in a period, in order of start. */
public record Schedule(ClinicId clinicId, List<ScheduledSession> sessions) {
    public Schedule {
        sessions = Immutable.list(sessions);
    }
}
