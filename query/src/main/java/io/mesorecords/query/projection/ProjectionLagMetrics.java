package io.mesorecords.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One gauge per projection, {@code mesorecords.projection.lag{projection=...,processor=...}}: events between the head
 * of the store and the processor that runs the projection. Registered once the processors exist, i.e. when the
 * application is ready.
 */
@Component
class ProjectionLagMetrics {

    private final ProjectionMonitor monitor;
    private final ObjectProvider<MeterRegistry> registry;

    ProjectionLagMetrics(ProjectionMonitor monitor, ObjectProvider<MeterRegistry> registry) {
        this.monitor = monitor;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        registry.ifAvailable(meters -> monitor.names()
                .forEach(name -> Gauge.builder("mesorecords.projection.lag", monitor, m -> m.lag(name))
                        .tag("projection", name)
                        .tag("processor", monitor.processor(name).orElseThrow().getName())
                        .description("Events the projection's processor is behind the head of the event store")
                        .baseUnit("events")
                        .register(meters)));
    }
}
