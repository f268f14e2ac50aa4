package io.mesorecords.command.reaction;

import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.reaction.RecordReaction;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A reaction after a performed session, graded on the adverse-event severity scale. */
record RecordReactionRequest(
        @Schema(description = "Chosen by the client, or by the server when absent") UUID reactionId,
        @NotNull UUID sessionId,
        @NotNull ReactionType type,
        @Schema(description = "Adverse-event severity: 1 mild to 5 death") @NotNull @Min(1) @Max(5) Integer grade,
        @NotNull Boolean serious,
        @NotNull TreatmentArea area,
        @NotNull Instant onsetAt,
        @Size(max = 4000) String notes) {

    RecordReaction toCommand(PatientId patientId, ReactionId id) {
        return new RecordReaction(patientId, id, new SessionId(sessionId), type, grade, serious, area, onsetAt, notes);
    }
}
