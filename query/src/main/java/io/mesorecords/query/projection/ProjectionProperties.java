package io.mesorecords.query.projection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the read side runs its projections.
 *
 * @param batchSize events per transaction; rebuild throughput comes from large batches (one row write per patient and
 *     batch, not per event)
 * @param segments initial segments of each pooled streaming processor: the parallelism of one processor, and the most
 *     query nodes that share its work; 4 by default (docs/benchmarks.md, round 17: with 2 the work packages waited
 *     for PostgreSQL in turn and a rebuild left a quarter of the machine idle). Only a processor whose tokens do not
 *     exist yet is created with it
 * @param processors the processor of a projection that should not share {@value #DEFAULT_PROCESSOR} with the others,
 *     by projection name (e.g. {@code outcome-report: analytics}); a processor reads the event store once for all its
 *     projections and handles each batch for all of them in one transaction
 * @param rebuildOnStartup projections to rebuild from the event store when the application is ready: {@code all} or
 *     projection names
 * @param readYourWritesTimeout how long a read with {@code minVersion} waits for the projection to apply that version
 * @param historyCacheSize patient histories kept in memory (softly) at their stored version, so that the projection and
 *     reads need not parse the stored document again; 0 turns the cache off
 */
@ConfigurationProperties("mesorecords.projections")
public record ProjectionProperties(
        Integer batchSize,
        Integer segments,
        Map<String, String> processors,
        List<String> rebuildOnStartup,
        Duration readYourWritesTimeout,
        Integer historyCacheSize) {

    /** The processor of every projection that {@code processors} does not name. */
    public static final String DEFAULT_PROCESSOR = "read-models";

    public ProjectionProperties {
        batchSize = batchSize == null ? 1000 : batchSize;
        segments = segments == null ? 4 : segments;
        processors = processors == null ? Map.of() : Map.copyOf(processors);
        rebuildOnStartup = rebuildOnStartup == null ? List.of() : List.copyOf(rebuildOnStartup);
        readYourWritesTimeout = readYourWritesTimeout == null ? Duration.ofSeconds(2) : readYourWritesTimeout;
        historyCacheSize = historyCacheSize == null ? 4_096 : historyCacheSize;
    }

    /** The processor that runs {@code projection}. */
    public String processorOf(String projection) {
        return processors.getOrDefault(projection, DEFAULT_PROCESSOR);
    }
}
