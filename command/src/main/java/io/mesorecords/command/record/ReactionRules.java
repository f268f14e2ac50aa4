package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.REACTION_ALREADY_RESOLVED;
import static io.mesorecords.api.common.Rejection.REACTION_ONSET_BEFORE_SESSION;
import static io.mesorecords.api.common.Rejection.REACTION_RESOLVED_BEFORE_ONSET;
import static io.mesorecords.api.common.Rejection.REACTION_SESSION_NOT_PERFORMED;

import java.time.Instant;

/** A reaction follows a performed session and ends once, after it began. */
final class ReactionRules {

    private ReactionRules() {}

    static void assertSessionPerformed(Session session) {
        if (!session.isPerformed()) {
            throw new RuleViolation(
                    REACTION_SESSION_NOT_PERFORMED, "The session " + session.id() + " has not been performed.");
        }
    }

    static void assertOnsetAfterSession(Session session, Instant onsetAt) {
        if (onsetAt.isBefore(session.performedAt())) {
            throw new RuleViolation(
                    REACTION_ONSET_BEFORE_SESSION,
                    "The onset " + onsetAt + " is before the session was performed at " + session.performedAt() + ".");
        }
    }

    static void assertNotYetResolved(Reaction reaction) {
        if (reaction.isResolved()) {
            throw new RuleViolation(
                    REACTION_ALREADY_RESOLVED, "The reaction " + reaction.id() + " is already resolved.");
        }
    }

    static void assertResolvedAfterOnset(Reaction reaction, Instant resolvedAt) {
        if (resolvedAt.isBefore(reaction.onsetAt())) {
            throw new RuleViolation(
                    REACTION_RESOLVED_BEFORE_ONSET,
                    "The reaction cannot end at " + resolvedAt + ", before its onset at " + reaction.onsetAt() + ".");
        }
    }
}
