package org.frontdoor.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * All apps share one classpath here, so an auto-configuration meant for one app (the authorization server's key,
 * the services' Mongo client) would otherwise switch itself on in the others. The launcher names, per context,
 * the auto-configurations to skip in {@value ContextProperties#EXCLUDED_AUTO_CONFIGURATIONS}; an app's own
 * {@code spring.autoconfigure.exclude} is left alone. Outside the local platform the property is never set and
 * this filter lets everything through.
 */
public final class SharedClasspathExclusions implements AutoConfigurationImportFilter, EnvironmentAware {

    private Set<String> excluded = Set.of();

    @Override
    public void setEnvironment(Environment environment) {
        String names = environment.getProperty(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS, "");
        excluded = Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            matches[i] = autoConfigurationClasses[i] == null || !excluded.contains(autoConfigurationClasses[i]);
        }
        return matches;
    }
}
