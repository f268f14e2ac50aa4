package io.mesorecords.command.record;

import io.mesorecords.api.common.ReactionId;
import java.time.Instant;
import java.util.Objects;

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

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Reaction other
                && Objects.equals(reactionId, other.reactionId)
                && Objects.equals(onsetAt, other.onsetAt)
                && Objects.equals(resolved, other.resolved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reactionId, onsetAt, resolved);
    }
}
