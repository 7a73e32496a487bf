package org.frontdoor.outcomes.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.frontdoor.serviceplatform.security.ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * For a {@code @WebMvcTest}: security as the running service has it, service-platform's resource server (an
 * auto-configuration the slice leaves out) with this service's {@link OutcomesAccessRules}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration(ResourceServerAutoConfiguration.class)
@Import(OutcomesAccessRules.class)
public @interface OutcomesSecurity {
}
