package org.frontdoor.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single HTTP entrance of the front door: routes {@code /api/**} to the five services with the
 * caller's token, rejects calls without a valid token, continues the caller's trace (W3C
 * {@code traceparent}) to the service or starts one, and serves one Swagger UI over the services' API
 * documents. It holds no data and decides no roles: each service enforces its own.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** The name of this app's configuration file ({@code gateway.yml}), so several apps can share one JVM. */
    public static final String CONFIG_NAME = "gateway";

    public static void main(String[] args) {
        new SpringApplicationBuilder(GatewayApplication.class)
                // Spring Cloud Gateway runs on WebFlux; in the one-JVM local platform the servlet stack is on the classpath too.
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
