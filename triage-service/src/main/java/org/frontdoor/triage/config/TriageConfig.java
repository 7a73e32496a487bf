package org.frontdoor.triage.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.queue.domain.DecisionMeasures;
import org.frontdoor.triage.queue.domain.ReferralIntake;
import org.frontdoor.triage.queue.domain.TriageDesk;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.frontdoor.triage.queue.metrics.QueueMeters;
import org.frontdoor.triage.workingdays.calendar.EnglandAndWalesBankHolidays;
import org.frontdoor.triage.workingdays.domain.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java use cases to their adapters. */
@Configuration
@EnableScheduling
class TriageConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays(new EnglandAndWalesBankHolidays());
    }

    @Bean
    ReferralIntake referralIntake(TriageItems items, WorkingDays workingDays) {
        return new ReferralIntake(items, workingDays);
    }

    @Bean
    TriageDesk triageDesk(TriageItems items, AuditTrail auditTrail, DecisionMeasures measures, Clock clock) {
        return new TriageDesk(items, auditTrail, measures, clock);
    }

    /** The queue gauges; one store read serves every gauge for {@code frontdoor.triage.queue-metrics.cache-for}. */
    @Bean
    QueueMeters queueMeters(TriageItems items, Clock clock,
                            @Value("${frontdoor.triage.queue-metrics.cache-for:15s}") Duration cacheFor) {
        return new QueueMeters(items, clock, cacheFor);
    }

    /** {@code frontdoor.triage.decisions} by level and route; {@code frontdoor.triage.sla.breaches} for decisions made after the one-working-day deadline. */
    @Bean
    DecisionMeasures decisionMeasures(MeterRegistry registry) {
        Counter breaches = Counter.builder("frontdoor.triage.sla.breaches")
                .description("Referrals decided after the end of the next working day")
                .register(registry);
        return decision -> {
            Counter.builder("frontdoor.triage.decisions")
                    .description("Triage decisions made")
                    .tag("level", String.valueOf(decision.level().number()))
                    .tag("route", decision.route().name())
                    .register(registry)
                    .increment();
            if (!decision.withinWorkingDay()) {
                breaches.increment();
            }
        };
    }
}
