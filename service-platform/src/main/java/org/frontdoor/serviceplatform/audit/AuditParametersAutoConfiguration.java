package org.frontdoor.serviceplatform.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Every service's audit queries ({@link AuditReportParameters}, {@link AuditPageParameters}) bound the same way. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AuditParametersAutoConfiguration {

    @Bean
    QueryParametersBinding queryParametersBinding() {
        return new QueryParametersBinding();
    }
}
