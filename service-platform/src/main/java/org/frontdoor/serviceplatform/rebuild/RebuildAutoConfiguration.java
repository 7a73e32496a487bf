package org.frontdoor.serviceplatform.rebuild;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * The rebuild endpoint of a service whose listeners are {@link RebuildableListener}s, at {@code frontdoor.rebuild.path}.
 * A service keeps its listeners and the access rule of the path.
 */
@AutoConfiguration
@ConditionalOnClass(AbstractConsumerSeekAware.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RebuildableListener.class)
@ConditionalOnProperty("frontdoor.rebuild.path")
public class RebuildAutoConfiguration {

    @Bean
    RebuildController rebuildController(List<RebuildableListener> listeners) {
        return new RebuildController(listeners);
    }
}
