package io.mesorecords.api.history;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;

/** A reaction after a session; resolution fields stay empty while it lasts. */
public record ReactionHistory(
        ReactionId reactionId,
        SessionId sessionId,
        ReactionType type,
        int grade,
        boolean serious,
        TreatmentArea area,
        Instant onsetAt,
        String notes,
        Instant resolvedAt,
        ReactionOutcome outcome) {}
