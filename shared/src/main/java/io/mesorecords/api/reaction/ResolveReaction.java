package io.mesorecords.api.reaction;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import java.time.Instant;

/** Records how and when a reaction ended. */
public record ResolveReaction(PatientId patientId, ReactionId reactionId, Instant resolvedAt, ReactionOutcome outcome)
        implements PatientCommand {}
