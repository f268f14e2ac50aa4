package io.mesorecords.api.common;

/** An immutable fact recorded in one patient's record. */
public interface PatientEvent {

    PatientId patientId();
}
