package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import java.util.Map;

/** Corrects fields of an earlier entry; the original stays, the correction points at it. */
public record CorrectEntry(
        PatientId patientId, EntryReference entry, Map<String, String> correctedValues, String reason)
        implements PatientCommand {
    public CorrectEntry {
        correctedValues = Immutable.sortedMap(correctedValues);
    }
}
