package io.mesorecords.platform.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a process before anything starts (database, Axon, web server) when the development sign-in is switched on
 * outside the embedded default: see {@link DevelopmentSignInConfiguration#refuseOutsideEmbeddedDefault}. Runs after
 * the configuration files and profiles are read.
 */
public class DevelopmentSignInGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("development".equalsIgnoreCase(environment.getProperty("mesorecords.security.mode", ""))) {
            DevelopmentSignInConfiguration.refuseOutsideEmbeddedDefault(environment);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
