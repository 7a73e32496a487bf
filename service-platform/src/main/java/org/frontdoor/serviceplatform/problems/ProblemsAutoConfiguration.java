package org.frontdoor.serviceplatform.problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One way of answering errors and one request-body limit for every service; each bean can be replaced. A service
 * adds only its own exceptions, in a {@link ServiceProblems} bean. A service that still has its own exception
 * handler (one not yet moved onto the platform) keeps it and its own body limit: the platform's answers and limit
 * back off, so one request is never answered by two dialects. The limit is declared first: its condition must be
 * judged before the platform's own handler is defined.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemsAutoConfiguration {

    static final String MAX_REQUEST_BODY = "${frontdoor.http.max-request-body:64KB}";

    @Bean
    @ConditionalOnMissingBean
    ProblemRegistry problemRegistry(ObjectProvider<ServiceProblems> services) {
        ProblemRegistry registry = new ProblemRegistry();
        services.orderedStream().forEach(service -> service.register(registry));
        return registry;
    }

    /** Before security and everything else that may read the body. */
    @Bean
    @ConditionalOnMissingBean(value = ResponseEntityExceptionHandler.class, name = "requestBodyLimit")
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value(MAX_REQUEST_BODY) DataSize maxRequestBody) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(maxRequestBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** What the container's error page answers (a request refused before Spring MVC): problem+json, status only. */
    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ErrorPageProblems errorPageProblems() {
        return new ErrorPageProblems();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemInstanceNotPath problemInstanceNotPath() {
        return new ProblemInstanceNotPath();
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemAnswers problemAnswers(ProblemRegistry registry, @Value(MAX_REQUEST_BODY) DataSize maxRequestBody) {
        return new ProblemAnswers(registry, maxRequestBody.toBytes());
    }
}
