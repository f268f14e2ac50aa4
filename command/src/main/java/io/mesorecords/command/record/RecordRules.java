package io.mesorecords.command.record;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable values of the record's rules; they differ per jurisdiction and clinic chain.
 *
 * @param screeningValidityDays how old the screening in force may be when a course is planned
 * @param retentionYears how long after the last treatment personal data must be kept before it may be erased
 */
@ConfigurationProperties("mesorecords.rules")
public record RecordRules(@DefaultValue("180") int screeningValidityDays, @DefaultValue("10") int retentionYears) {

    public static RecordRules defaults() {
        return new RecordRules(180, 10);
    }
}
