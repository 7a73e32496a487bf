package org.frontdoor.console;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The staff console: GOV.UK pages in which the front door's people do their day's work. It signs each person in with
 * the identity provider and calls the gateway's {@code /api/**} with that person's own access token; it holds no data
 * of its own and reads no service's database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StaffConsoleApplication {

    /** The name of this app's configuration file ({@code staff-console.yml}), so several apps can share one JVM. */
    public static final String CONFIG_NAME = "staff-console";

    public static void main(String[] args) {
        new SpringApplicationBuilder(StaffConsoleApplication.class)
                // In the one-JVM local platform the reactive stack is on the classpath too.
                .web(WebApplicationType.SERVLET)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
