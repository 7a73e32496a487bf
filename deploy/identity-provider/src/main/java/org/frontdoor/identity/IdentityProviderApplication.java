package org.frontdoor.identity;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local platform's token issuer: a Spring Authorization Server holding the demo principals of
 * {@link org.frontdoor.identity.directory.DemoDirectory}. It exists so the platform can be run and
 * demonstrated end to end without a council's real identity provider; it is never deployed to production.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    /** The name of this app's configuration file ({@code identity-provider.yml}), so several apps can share one JVM. */
    public static final String CONFIG_NAME = "identity-provider";

    public static void main(String[] args) {
        new SpringApplicationBuilder(IdentityProviderApplication.class)
                // In the one-JVM local platform the reactive stack is on the classpath too.
                .web(WebApplicationType.SERVLET)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
