package org.frontdoor.serviceplatform.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every service's query parameter objects bound the same way: the audit queries ({@link AuditReportParameters},
 * {@link AuditPageParameters}) and a service's own query records ({@link QueryParametersBinding}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AuditParametersAutoConfiguration {

    @Bean
    QueryParametersBinding queryParametersBinding(ObjectProvider<jakarta.validation.Validator> validator) {
        return new QueryParametersBinding(validator.getIfUnique());
    }
}
