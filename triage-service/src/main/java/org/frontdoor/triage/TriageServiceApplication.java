package org.frontdoor.triage;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class TriageServiceApplication {

    /** The name of this service's configuration file ({@code triage-service.yml}), so several services can share one JVM. */
    public static final String CONFIG_NAME = "triage-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(TriageServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
