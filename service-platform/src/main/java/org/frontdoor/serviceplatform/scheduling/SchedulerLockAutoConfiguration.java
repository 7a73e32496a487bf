package org.frontdoor.serviceplatform.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Scheduled work that runs once across a service's replicas: ShedLock's {@code @SchedulerLock} on a
 * {@code @Scheduled} method, with the lock kept in the service's own database (collection
 * {@code frontdoor.scheduling.lock-collection}, {@code shedLock}: one document per lock name, {@code _id} = the
 * name, {@code lockUntil}, {@code lockedAt}, {@code lockedBy}).
 * <p>
 * A replica whose turn it is takes the lock in one conditional upsert (free when {@code lockUntil <= now}); the
 * others skip that run, they do not wait. The lock is released when the work ends, but not before its
 * {@code lockAtLeastFor}; a replica that dies holding it holds it until its {@code lockAtMostFor}, after which the
 * next run anywhere takes it. Locks are by time: replicas' clocks must agree (NTP) to well within
 * {@code lockAtLeastFor}. The lock only keeps runs apart; work that must never happen twice still says so in its
 * own store (a letter's lease, a reminder's record). While the store is unreachable runs are skipped, logged once
 * ({@link OutageTolerantLockProvider}).
 * <p>
 * Only for a service that brings ShedLock ({@code shedlock-spring} and {@code shedlock-provider-mongo}) and has a
 * store; every other service is unaffected. Each {@code @SchedulerLock} names its own {@code lockAtMostFor}; the
 * default ({@value #DEFAULT_LOCK_AT_MOST_FOR}) is only for one that forgets.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass({MongoLockProvider.class, EnableSchedulerLock.class, MongoTemplate.class})
@ConditionalOnBean(MongoTemplate.class)
public class SchedulerLockAutoConfiguration {

    static final String DEFAULT_LOCK_AT_MOST_FOR = "PT10M";

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoTemplate mongo,
                              @Value("${frontdoor.scheduling.lock-collection:shedLock}") String collection) {
        return new OutageTolerantLockProvider(new MongoLockProvider(mongo.getCollection(collection)));
    }

    /** {@code @SchedulerLock} methods run inside the lock (a proxy around the bean; the scheduler is untouched). */
    @Configuration(proxyBeanMethods = false)
    @EnableSchedulerLock(defaultLockAtMostFor = DEFAULT_LOCK_AT_MOST_FOR)
    static class SchedulerLocks {
    }
}
