package org.frontdoor.gateway.console;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff console is served at the gateway's root ({@code http://localhost:8080/}): every address that is not the
 * API, its documents, Swagger UI or the gateway's own actuator goes to the console, which signs people in itself and
 * calls {@code /api/**} back through this gateway with the person's own token. The gateway passes the console's
 * requests on unchanged, with {@code X-Forwarded-*} headers, so the console builds its sign-in and sign-out addresses
 * on the gateway's address; it asks no token of them (the console's session is the console's).
 *
 * <p>A Java route, not one in {@code gateway.yml}: the YAML routes have no "every path but these" predicate.
 */
@Configuration(proxyBeanMethods = false)
class StaffConsoleRoute {

    /** What the gateway answers itself or routes to a service: never the console's. */
    static final String[] NOT_THE_CONSOLE = {"/api/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/swagger-ui/**", "/actuator/**"};

    @Bean
    RouteLocator staffConsole(RouteLocatorBuilder routes, @Value("${frontdoor.staff-console.url}") URI console) {
        return routes.routes()
                .route("staff-console", route -> route
                        .path("/**").and().not(excluded -> excluded.path(NOT_THE_CONSOLE))
                        .uri(console))
                .build();
    }
}
