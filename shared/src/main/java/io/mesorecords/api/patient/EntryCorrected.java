package io.mesorecords.api.patient;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** Fields of an earlier entry were corrected, for the reason given. */
@Revision("1")
public record EntryCorrected(
        PatientId patientId,
        EntryReference entry,
        @PersonalData(
                        keys = {
                            "givenName",
                            "familyName",
                            "email",
                            "phone",
                            "conditions",
                            "medications",
                            "goals",
                            "skinRoutine",
                            "notes"
                        })
                Map<String, String> correctedValues,
        @PersonalData String reason)
        implements PatientEvent {
    public EntryCorrected {
        correctedValues = Immutable.sortedMap(correctedValues);
    }
}
