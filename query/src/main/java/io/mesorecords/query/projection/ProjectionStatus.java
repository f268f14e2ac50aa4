package io.mesorecords.query.projection;

import java.time.Instant;

/**
 * Where a streaming processor stands. {@code position} is the lowest global index its claimed segments reached,
 * {@code head} the highest in the event store, {@code behind} the difference (its lag in events). During a rebuild,
 * {@code rebuildDone} of {@code rebuildTotal} events are replayed.
 */
public record ProjectionStatus(
        String name,
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
