package org.frontdoor.referral;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.frontdoor.referral.intake.domain.Referrals;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What the service tests change in the application: a fixed clock and an outbox that can crash once. */
@TestConfiguration(proxyBeanMethods = false)
class ServiceTestWiring {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(ServiceTest.NOW, ZoneOffset.UTC);
    }

    @Bean
    @Primary
    ServiceTest.CrashOnceOutbox crashOnceOutbox(MongoTemplate mongo, List<OutboxCollection> collections) {
        return new ServiceTest.CrashOnceOutbox(mongo, collections);
    }

    @Bean
    @Primary
    ServiceTest.RacingReferrals racingReferrals(@Qualifier("mongoReferrals") Referrals store) {
        return new ServiceTest.RacingReferrals(store);
    }
}
