package io.mesorecords.command.record;

import io.mesorecords.api.common.ReactionId;
import java.time.Instant;

/** A reaction the patient had after a session, open until resolved. */
@Snapshottable
class Reaction {

    private ReactionId reactionId;
    private Instant onsetAt;
    private boolean resolved;

    Reaction() {}

    Reaction(ReactionId reactionId, Instant onsetAt) {
        this.reactionId = reactionId;
        this.onsetAt = onsetAt;
    }

    ReactionId id() {
        return reactionId;
    }

    Instant onsetAt() {
        return onsetAt;
    }

    boolean isResolved() {
        return resolved;
    }

    void resolve() {
        this.resolved = true;
    }
}
