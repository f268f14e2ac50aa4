package io.mesorecords.query.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadActor.Defaults.class)
class AccessAuditConfiguration implements WebMvcConfigurer {

    private final ReadActor.Defaults defaults;

    AccessAuditConfiguration(ReadActor.Defaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessAuditInterceptor(defaults));
    }
}
