package org.frontdoor.serviceplatform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;

/** The 503 answer while the store is unreachable ({@link StoreUnavailableAdvice}); {@code frontdoor.store.retry-after}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DataAccessResourceFailureException.class)
public class StoreUnavailableAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoreUnavailableAdvice storeUnavailableAdvice(@Value("${frontdoor.store.retry-after:5}") long retryAfterSeconds) {
        return new StoreUnavailableAdvice(retryAfterSeconds);
    }
}
