package io.mesorecords.query.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccessAuditConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Default order 0: before the endpoint role check (platform's EndpointRoles), so its refusals are logged too.
        registry.addInterceptor(new AccessAuditInterceptor());
    }
}
