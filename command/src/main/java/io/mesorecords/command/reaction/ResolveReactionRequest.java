package io.mesorecords.command.reaction;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.reaction.ResolveReaction;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** How and when a reaction ended. */
record ResolveReactionRequest(@NotNull Instant resolvedAt, @NotNull ReactionOutcome outcome) {

    ResolveReaction toCommand(PatientId patientId, ReactionId reactionId) {
        return new ResolveReaction(patientId, reactionId, resolvedAt, outcome);
    }
}
