package io.mesorecords.query.projection;

import io.mesorecords.query.http.ReadProblem;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Changes how many segments a processor's tokens are divided into, the way Axon does it on a running processor: a
 * segment is split in two (both halves start from its token) or merged with its sibling (Axon's merged token keeps
 * both positions until the slower half has caught up), one step at a time, so no event is skipped or handled twice.
 * {@code mesorecords.projections.segments} is only the count a processor's tokens are created with; this is how a
 * store whose tokens exist follows a new count (decision 33). The widest segment is split first and the narrowest
 * merged first, so the segments stay as even as the count allows.
 */
@Component
public class ProjectionSegments {

    /** The most segments a processor may be divided into here. */
    public static final int MOST = 64;

    /** How long one split or merge may take: it waits for the processor's coordinator and the segment's claim. */
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ProjectionSegments.class);

    private final ProjectionMonitor monitor;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;

    ProjectionSegments(ProjectionMonitor monitor, TokenStore tokenStore, TransactionManager transactionManager) {
        this.monitor = monitor;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    /**
     * Divides the tokens of the processor that runs {@code name} into {@code count} segments and answers the
     * projection's status. Every projection of that processor is affected alike. One change at a time on this node.
     */
    public synchronized ProjectionStatus scale(String name, int count) {
        if (count < 1 || count > MOST) {
            throw invalid("A processor is divided into 1 to " + MOST + " segments, not " + count);
        }
        StreamingEventProcessor processor =
                monitor.processor(name).orElseThrow(() -> new UnknownProjectionException(name));
        if (!processor.isRunning()) {
            throw new Refused(
                    HttpStatus.CONFLICT,
                    "projection.not-running",
                    "Processor " + processor.getName() + " is not running on this node; its segments change only"
                            + " while it runs");
        }
        Segment[] segments = stored(processor);
        while (segments.length != count) {
            if (segments.length < count) {
                Segment widest = Arrays.stream(segments)
                        .min(Comparator.comparingInt(Segment::getMask).thenComparingInt(Segment::getSegmentId))
                        .orElseThrow();
                step(processor, "split", widest, processor.splitSegment(widest.getSegmentId()), segments.length);
            } else {
                // The narrowest segment's sibling is as narrow, so it is a segment of its own and can be merged.
                Segment narrowest = Arrays.stream(segments)
                        .max(Comparator.comparingInt(Segment::getMask).thenComparingInt(Segment::getSegmentId))
                        .orElseThrow();
                step(processor, "merge", narrowest, processor.mergeSegment(narrowest.getSegmentId()), segments.length);
            }
            segments = stored(processor);
        }
        log.info("Processor {} is divided into {} segments", processor.getName(), count);
        return monitor.status(name).orElseThrow();
    }

    private Segment[] stored(StreamingEventProcessor processor) {
        return Segment.computeSegments(
                transactionManager.fetchInTransaction(() -> tokenStore.fetchSegments(processor.getName())));
    }

    private static void step(
            StreamingEventProcessor processor,
            String action,
            Segment segment,
            CompletableFuture<Boolean> done,
            int had) {
        boolean changed;
        try {
            changed = done.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            changed = false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not {} segment {} of processor {}", action, segment.getSegmentId(), processor.getName(), e);
            changed = false;
        }
        if (!changed) {
            throw new Refused(
                    HttpStatus.CONFLICT,
                    "projection.segments-busy",
                    "Could not " + action + " segment " + segment.getSegmentId() + " of processor "
                            + processor.getName() + " (another node may hold its claim); it is divided into " + had
                            + " segments now");
        }
    }

    /** A count of segments that is not one, or not one from 1 to {@link #MOST}: 400 {@code projection.segments-invalid}. */
    static Refused invalid(String detail) {
        return new Refused(HttpStatus.BAD_REQUEST, "projection.segments-invalid", detail);
    }

    /** A change of segments refused, with its status and code. */
    static final class Refused extends ReadProblem {
        Refused(HttpStatus status, String code, String message) {
            super(status, code, message);
        }
    }
}
