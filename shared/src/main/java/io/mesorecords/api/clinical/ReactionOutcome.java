package io.mesorecords.api.clinical;

/** How a reaction ended. */
public enum ReactionOutcome {
    RESOLVED,
    RESOLVED_WITH_AFTER_EFFECTS
}
