package org.frontdoor.serviceplatform.notify;

import java.time.Clock;
import java.time.ZoneOffset;

import org.frontdoor.serviceplatform.time.ClockAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link NotifyClient} of a service that sends through GOV.UK Notify, which it says by setting
 * {@code notify.api-key} (to the key, or to nothing while none is issued: then nothing is sent and every request is
 * answered unavailable, saying why). A service that never mentions Notify gets nothing. The client keeps the
 * service's clock when it has one (a test's fixed clock), else the same UTC clock the platform gives every service.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class)
@ConditionalOnProperty(prefix = "notify", name = "api-key")
@EnableConfigurationProperties(NotifyProperties.class)
public class NotifyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NotifyClient notifyClient(NotifyProperties properties, ObjectProvider<Clock> clock) {
        return new NotifyClient(properties, clock.getIfAvailable(() -> Clock.tickMillis(ZoneOffset.UTC)));
    }
}
