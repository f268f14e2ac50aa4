package io.mesorecords.api.common;

/**
 * A command addressed to one patient record. The patient id is both the aggregate identifier and the routing key, so
 * every command about one patient is decided by one node at a time.
 */
public interface PatientCommand {

    PatientId patientId();
}
