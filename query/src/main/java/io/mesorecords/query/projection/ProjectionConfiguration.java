package io.mesorecords.query.projection;

import io.mesorecords.privacy.PersonalDataKeys;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionConfiguration {

    /** Every event processor reads the data keys of a batch's patients in one look-up ({@link PersonalDataKeyPrefetch}). */
    @Bean
    ConfigurerModule personalDataKeyPrefetch(ObjectProvider<PersonalDataKeys> keys) {
        return configurer -> keys.ifAvailable(
                available -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                        (config, name) -> new PersonalDataKeyPrefetch(available))));
    }
}
