package io.mesorecords.api.reaction;

import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;

/** Records a reaction the patient had after a performed session. */
public record RecordReaction(
        PatientId patientId,
        ReactionId reactionId,
        SessionId sessionId,
        ReactionType type,
        int grade,
        boolean serious,
        TreatmentArea area,
        Instant onsetAt,
        String notes)
        implements PatientCommand {}
