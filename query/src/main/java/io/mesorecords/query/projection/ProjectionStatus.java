package io.mesorecords.query.projection;

import java.time.Instant;

/**
 * Where a projection stands: {@code processor} is the streaming processor that runs it (projections sharing one share
 * its position). {@code position} is the lowest global index its claimed segments reached,
 * {@code head} the highest in the event store, {@code behind} the difference (its lag in events). During a rebuild,
 * {@code rebuildDone} of {@code rebuildTotal} events are replayed.
 */
public record ProjectionStatus(
        String name,
        String processor,
        boolean running,
        boolean error,
        boolean replaying,
        long position,
        long head,
        long behind,
        int claimedSegments,
        int segments,
        Instant rebuildStartedAt,
        long rebuildDone,
        long rebuildTotal) {}
