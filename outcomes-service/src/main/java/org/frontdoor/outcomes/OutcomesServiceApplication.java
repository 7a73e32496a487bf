package org.frontdoor.outcomes;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class OutcomesServiceApplication {

    /** The name of this service's configuration file ({@code outcomes-service.yml}), so several services can share one JVM. */
    public static final String CONFIG_NAME = "outcomes-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(OutcomesServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
