package io.mesorecords.api.patient;

import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;

/** Makes identifying data unreadable once the retention period is over; clinical facts stay, de-identified. */
public record ErasePersonalData(PatientId patientId, boolean administratorOverride, String overrideReason)
        implements PatientCommand {}
