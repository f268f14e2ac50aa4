package io.mesorecords.query.projection;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The projections a reset of a shared processor rebuilds. It travels as the reset's context: to the
 * {@code @ResetHandler}s, and inside the replay tokens the processor stores, so that every replayed event carries it
 * and {@link RebuildScopeEnhancer} lets only the projections in scope handle it, also after a restart or on another
 * node. It is kept as a plain string ({@code mesorecords-rebuild:a,b}) because a token's context is serialized as an
 * untyped value: a string comes back from the token store as the same string, a set would come back as a list.
 */
public record RebuildScope(Set<String> projections) {

    private static final String PREFIX = "mesorecords-rebuild:";

    public RebuildScope {
        projections = Set.copyOf(projections);
        if (projections.isEmpty()) {
            throw new IllegalArgumentException("A rebuild names at least one projection");
        }
    }

    public static RebuildScope of(Collection<String> projections) {
        return new RebuildScope(Set.copyOf(projections));
    }

    /** The scope a reset context names; empty for any other context (a reset from elsewhere rebuilds everything). */
    public static Optional<RebuildScope> fromContext(Object context) {
        if (!(context instanceof String text) || !text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
            return Optional.empty();
        }
        // Every replayed event asks again with the same few strings: parse each once.
        Parsed parsed = last;
        if (parsed == null || !parsed.context().equals(text)) {
            parsed = new Parsed(
                    text,
                    Optional.of(of(Arrays.asList(text.substring(PREFIX.length()).split(",")))));
            last = parsed;
        }
        return parsed.scope();
    }

    private record Parsed(String context, Optional<RebuildScope> scope) {}

    private static volatile Parsed last;

    /** The scope of the replay a token is part of; empty when it is not replaying or the replay has no scope. */
    public static Optional<RebuildScope> ofReplay(TrackingToken token) {
        return token != null && ReplayToken.isReplay(token) ? ofScopedReplay(token) : Optional.empty();
    }

    private static Optional<RebuildScope> ofScopedReplay(TrackingToken replaying) {
        return ReplayToken.replayContext(replaying, String.class).flatMap(RebuildScope::fromContext);
    }

    /**
     * Whether {@code token} is part of a replay that rebuilds {@code projection}: a replay whose scope names it, or a
     * replay without a scope (which rebuilds everything).
     */
    public static boolean replays(TrackingToken token, String projection) {
        return token != null
                && ReplayToken.isReplay(token)
                && ofScopedReplay(token)
                        .map(scope -> scope.includes(projection))
                        .orElse(true);
    }

    public boolean includes(String projection) {
        return projections.contains(projection);
    }

    public RebuildScope and(Collection<String> more) {
        Set<String> union = new TreeSet<>(projections);
        union.addAll(more);
        return of(union);
    }

    /** The reset context that carries this scope. */
    public String context() {
        return PREFIX + String.join(",", new TreeSet<>(projections));
    }
}
