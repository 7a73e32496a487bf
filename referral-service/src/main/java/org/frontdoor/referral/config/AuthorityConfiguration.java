package org.frontdoor.referral.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.locality.domain.Locality;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The authority this front door serves, chosen at start-up by {@code frontdoor.authority} (env
 * {@code FRONTDOOR_AUTHORITY}): {@code shropshire} (default) or {@code cheshire-east}. Each is a resource
 * {@code authorities/<name>.yml} in this module with the front door's name and the localities by postcode district.
 */
@Configuration(proxyBeanMethods = false)
class AuthorityConfiguration {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    /** The configuration as written in the resource. */
    record AuthorityProperties(String name, String frontDoorName, List<LocalityProperties> localities) {
    }

    record LocalityProperties(String code, String name, List<String> districts) {
    }

    @Bean
    AuthorityArea authorityArea(@Value("${frontdoor.authority:shropshire}") String authority) {
        return load(authority);
    }

    /** The named authority's configuration; an unknown name stops the start-up (a front door without localities is wrong). */
    static AuthorityArea load(String authority) {
        if (!NAME.matcher(authority).matches()) {
            throw new IllegalArgumentException("frontdoor.authority must be a configuration name such as shropshire");
        }
        Resource resource = new ClassPathResource("authorities/" + authority + ".yml");
        if (!resource.exists()) {
            throw new IllegalArgumentException("No authority configuration authorities/" + authority + ".yml"
                    + " (shipped: shropshire, cheshire-east)");
        }
        try {
            var sources = new YamlPropertySourceLoader().load(authority, resource);
            AuthorityProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                    .bind("authority", AuthorityProperties.class)
                    .orElseThrow(() -> new IllegalArgumentException("authorities/" + authority + ".yml has no 'authority'"));
            return new AuthorityArea(properties.name(), properties.frontDoorName(), properties.localities().stream()
                    .map(locality -> new Locality(locality.code(), locality.name(), locality.districts()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
