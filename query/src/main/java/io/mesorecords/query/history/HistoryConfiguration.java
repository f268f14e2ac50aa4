package io.mesorecords.query.history;

import io.mesorecords.query.projection.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    @Bean
    Projection historyProjectionName() {
        return new Projection(PatientHistoryProjection.GROUP);
    }
}
