package org.frontdoor.serviceplatform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares ({@code service-platform-defaults.yml}: the issuer and the roles claim, strict
 * JSON, the Kafka producer's durability, the actuator's probes), added last so that a service's own
 * {@code application.yml}, the environment and a test's properties all override them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String FILE = "service-platform-defaults.yml";
    /**
     * Set to {@code false} by an app that shares a classpath with the services but is not one (the local platform's
     * gateway and identity provider): the services' defaults (a readiness group with the store) are not theirs.
     */
    static final String ENABLED = "frontdoor.service-platform.defaults.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        try {
            for (PropertySource<?> defaults : new YamlPropertySourceLoader()
                    .load("service-platform defaults", new ClassPathResource(FILE))) {
                environment.getPropertySources().addLast(defaults);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("service-platform's " + FILE + " cannot be read", unreadable);
        }
    }
}
