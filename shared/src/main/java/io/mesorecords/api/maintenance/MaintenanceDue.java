package io.mesorecords.api.maintenance;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.Immutable;
import java.util.List;

/** Patients due for a maintenance course, longest waiting first. */
public record MaintenanceDue(ClinicId clinicId, List<MaintenanceCandidate> patients) {
    public MaintenanceDue {
        patients = Immutable.list(patients);
    }
}
