package io.mesorecords.query.projection;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code mesorecords.projections.rebuild-on-startup=all|name,...}: rebuilds once the processors have started. */
@Component
class StartupRebuild {

    private final ProjectionProperties properties;
    private final ProjectionRebuilds rebuilds;

    StartupRebuild(ProjectionProperties properties, ProjectionRebuilds rebuilds) {
        this.properties = properties;
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildRequested() {
        List<String> names = properties.rebuildOnStartup();
        if (names.contains("all")) {
            rebuilds.rebuildAll();
        } else if (!names.isEmpty()) {
            rebuilds.rebuild(names);
        }
    }
}
