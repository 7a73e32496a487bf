package org.frontdoor.outcomes.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.frontdoor.serviceplatform.StrictInputAutoConfiguration;
import org.frontdoor.serviceplatform.audit.AuditParametersAutoConfiguration;
import org.frontdoor.serviceplatform.problems.ProblemsAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * For a {@code @WebMvcTest}: the errors answered as the running service answers them, by service-platform's problem
 * answers (an auto-configuration the slice leaves out) with this service's own mappings ({@link OutcomesProblems}),
 * and query parameters read as the running service reads them (auto-configurations the slice leaves out too): one
 * holding a control character refused before any binding (service-platform's {@code PlainTextParameters}), a value
 * of a parameter object that cannot be read named with its rule, never quoted ({@code QueryParametersBinding}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration({ProblemsAutoConfiguration.class, StrictInputAutoConfiguration.class,
        AuditParametersAutoConfiguration.class})
@Import(OutcomesProblems.class)
public @interface OutcomesProblemAnswers {
}
