package org.frontdoor.referral;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class ReferralServiceApplication {

    /** The name of this service's configuration file ({@code referral-service.yml}), so several services can share one JVM. */
    public static final String CONFIG_NAME = "referral-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReferralServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
