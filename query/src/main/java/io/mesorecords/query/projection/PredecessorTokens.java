package io.mesorecords.query.projection;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a processor with no tokens yet starts. Before decision 27 every projection had a processor of its own, named
 * like the projection; a processor that now runs some of them takes over those processors' tokens: it starts at the
 * lowest position any of them had reached (the projections that were further on see a few events again, which their
 * idempotent handlers ignore) and deletes their token rows, in the transaction that stores its own first tokens. With
 * no such tokens it starts as Axon's default does: a replay from the first event up to the head.
 */
final class PredecessorTokens implements Function<StreamableMessageSource<TrackedEventMessage<?>>, TrackingToken> {

    private static final Logger log = LoggerFactory.getLogger(PredecessorTokens.class);

    private final String processor;
    private final List<String> predecessors;
    private final TokenStore tokenStore;

    PredecessorTokens(String processor, Collection<String> predecessors, TokenStore tokenStore) {
        this.processor = processor;
        this.predecessors =
                predecessors.stream().filter(name -> !name.equals(processor)).toList();
        this.tokenStore = tokenStore;
    }

    /** Called by the processor's coordinator inside the transaction that initializes its segments. */
    @Override
    public TrackingToken apply(StreamableMessageSource<TrackedEventMessage<?>> source) {
        boolean found = false;
        boolean fromTheStart = false;
        TrackingToken lowest = null;
        for (String predecessor : predecessors) {
            for (int segment : tokenStore.fetchSegments(predecessor)) {
                // Claims the segment for this node, which deleting it requires.
                TrackingToken reached = WrappedToken.unwrapLowerBound(tokenStore.fetchToken(predecessor, segment));
                tokenStore.deleteToken(predecessor, segment);
                found = true;
                if (reached == null) {
                    fromTheStart = true;
                } else {
                    lowest = lowest == null ? reached : lowest.lowerBound(reached);
                }
            }
        }
        if (!found) {
            return ReplayToken.createReplayToken(source.createHeadToken(), source.createTailToken());
        }
        TrackingToken start = fromTheStart ? source.createTailToken() : lowest;
        log.info("Processor {} takes over the tokens of {} and starts at {}", processor, predecessors, start);
        return start;
    }
}
