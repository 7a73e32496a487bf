package org.frontdoor.serviceplatform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what in one service: the only part of security a service writes itself (one bean, in its
 * {@code config} package). The platform opens health, Prometheus and the API docs before these rules and denies
 * whatever they leave unmatched after them, so a route nobody listed is never reachable by accident.
 */
@FunctionalInterface
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
