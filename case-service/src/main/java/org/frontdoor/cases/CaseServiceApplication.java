package org.frontdoor.cases;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class CaseServiceApplication {

    /** The name of this service's configuration file ({@code case-service.yml}), so several services can share one JVM. */
    public static final String CONFIG_NAME = "case-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CaseServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
