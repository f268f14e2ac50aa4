package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;

/**
 * The current history of a patient as the read model stores it ({@link StoredHistory}): what {@code GET
 * /patients/{id}/history} answers, without binding the document to objects and writing them out again.
 */
public record FindStoredHistoryQuery(PatientId patientId) {}
