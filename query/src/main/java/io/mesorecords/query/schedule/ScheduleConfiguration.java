package io.mesorecords.query.schedule;

import io.mesorecords.query.projection.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    @Bean
    Projection scheduleProjectionName() {
        return new Projection(ScheduleProjection.GROUP);
    }
}
