package io.mesorecords.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Called by the processor's coordinator inside the transaction that initializes its segments. Every predecessor's
     * token is read (and claimed, which deleting it requires) before any is deleted: Axon commits that transaction even
     * when the initialization fails, so a claim held by another node must fail it before anything is deleted.
     */
    @Override
    public TrackingToken apply(StreamableMessageSource<TrackedEventMessage<?>> source) {
        Map<String, int[]> segments = new LinkedHashMap<>();
        List<TrackingToken> reached = new ArrayList<>();
        for (String predecessor : predecessors) {
            int[] ofPredecessor = tokenStore.fetchSegments(predecessor);
            segments.put(predecessor, ofPredecessor);
            for (int segment : ofPredecessor) {
                reached.add(WrappedToken.unwrapLowerBound(tokenStore.fetchToken(predecessor, segment)));
            }
        }
        if (reached.isEmpty()) {
            return ReplayToken.createReplayToken(source.createHeadToken(), source.createTailToken());
        }
        segments.forEach((predecessor, ofPredecessor) -> {
            for (int segment : ofPredecessor) {
                tokenStore.deleteToken(predecessor, segment);
            }
        });
        TrackingToken start = reached.contains(null)
                ? source.createTailToken()
                : reached.stream().reduce(TrackingToken::lowerBound).orElseThrow();
        log.info("Processor {} takes over the tokens of {} and starts at {}", processor, segments.keySet(), start);
        return start;
    }
}
