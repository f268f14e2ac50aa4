package io.mesorecords.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.replay.GenericResetContext;
import org.junit.jupiter.api.Test;

class RebuildScopeTest {

    private static final TrackingToken REACHED = GapAwareTrackingToken.newInstance(10, List.of());

    @Test
    void aScopeTravelsAsAStringContextAndComesBackTheSame() {
        RebuildScope scope = RebuildScope.of(List.of("schedule", "lot-trace"));

        assertThat(scope.context()).isEqualTo("mesorecords-rebuild:lot-trace,schedule");
        assertThat(RebuildScope.fromContext(scope.context())).contains(scope);
        assertThat(scope.and(List.of("outcome-report")).projections())
                .containsExactlyInAnyOrder("lot-trace", "schedule", "outcome-report");
    }

    @Test
    void otherContextsAndEmptyScopesAreNotScopes() {
        assertThat(RebuildScope.fromContext(null)).isEmpty();
        assertThat(RebuildScope.fromContext("lot-trace")).isEmpty();
        assertThat(RebuildScope.fromContext("mesorecords-rebuild:")).isEmpty();
        assertThat(RebuildScope.fromContext(List.of("lot-trace"))).isEmpty();
        assertThatThrownBy(() -> RebuildScope.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetReachesOnlyTheProjectionsInItsScope() {
        String context = RebuildScope.of(List.of("lot-trace")).context();

        assertThat(RebuildScopeEnhancer.inScope(GenericResetContext.asResetContext(context), "lot-trace"))
                .isTrue();
        assertThat(RebuildScopeEnhancer.inScope(GenericResetContext.asResetContext(context), "schedule"))
                .isFalse();
        assertThat(RebuildScopeEnhancer.inScope(GenericResetContext.asResetContext(null), "schedule"))
                .as("a reset without a scope resets everything")
                .isTrue();
    }

    @Test
    void aReplayedEventReachesOnlyTheProjectionsInTheReplaysScope() {
        String context = RebuildScope.of(List.of("lot-trace")).context();
        TrackedEventMessage<?> replayed = at(ReplayToken.createReplayToken(REACHED, position(3), context));
        TrackedEventMessage<?> unscoped = at(ReplayToken.createReplayToken(REACHED, position(3), null));
        TrackedEventMessage<?> afterTheReset = at(ReplayToken.createReplayToken(REACHED, position(11), context));
        TrackedEventMessage<?> live = at(position(12));

        assertThat(ReplayToken.isReplay(replayed)).isTrue();
        assertThat(RebuildScopeEnhancer.inScope(replayed, "lot-trace")).isTrue();
        assertThat(RebuildScopeEnhancer.inScope(replayed, "schedule")).isFalse();
        assertThat(RebuildScopeEnhancer.inScope(unscoped, "schedule")).isTrue();
        assertThat(ReplayToken.isReplay(afterTheReset)).isFalse();
        assertThat(RebuildScopeEnhancer.inScope(afterTheReset, "schedule")).isTrue();
        assertThat(RebuildScopeEnhancer.inScope(live, "schedule")).isTrue();
        assertThat(RebuildScope.ofReplay(replayed.trackingToken())).contains(RebuildScope.of(List.of("lot-trace")));
        assertThat(RebuildScope.ofReplay(afterTheReset.trackingToken())).isEmpty();
    }

    private static TrackingToken position(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private static TrackedEventMessage<?> at(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("an event"));
    }
}
