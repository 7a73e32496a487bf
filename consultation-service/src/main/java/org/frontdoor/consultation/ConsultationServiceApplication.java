package org.frontdoor.consultation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class ConsultationServiceApplication {

    /** The name of this service's configuration file ({@code consultation-service.yml}), so several services can share one JVM. */
    public static final String CONFIG_NAME = "consultation-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ConsultationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
