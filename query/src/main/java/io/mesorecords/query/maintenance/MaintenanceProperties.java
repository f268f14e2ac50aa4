package io.mesorecords.query.maintenance;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a patient is due for a maintenance course: the last course was completed at least {@code dueAfter} and at most
 * {@code dueBefore} ago (6 to 12 months by default: the effect lasts about 12 to 18 months).
 */
@ConfigurationProperties("mesorecords.maintenance")
record MaintenanceProperties(Period dueAfter, Period dueBefore) {

    MaintenanceProperties {
        dueAfter = dueAfter == null ? Period.ofMonths(6) : dueAfter;
        dueBefore = dueBefore == null ? Period.ofMonths(12) : dueBefore;
    }
}
