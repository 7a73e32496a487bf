package org.frontdoor.triage.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.queue.domain.DecisionMeasures;
import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.queue.clients.CaseServiceClient;
import org.frontdoor.triage.queue.clients.ReferralServiceClient;
import org.frontdoor.triage.queue.clients.RemoteSettings;
import org.frontdoor.triage.queue.domain.DecisionLog;
import org.frontdoor.triage.queue.domain.DecisionsAwaitingReferral;
import org.frontdoor.triage.queue.domain.ReferralIntake;
import org.frontdoor.triage.queue.domain.ReferralLinks;
import org.frontdoor.triage.queue.domain.DecisionDesk;
import org.frontdoor.triage.queue.domain.TriageDesk;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.frontdoor.triage.queue.metrics.QueueMeters;
import org.frontdoor.workingdays.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java use cases to their adapters. */
@Configuration
@EnableScheduling
class TriageConfiguration {

    @Bean
    DecisionLog decisionLog(TriageItems items, DecisionsAwaitingReferral awaiting) {
        return new DecisionLog(items, awaiting);
    }

    @Bean
    ReferralIntake referralIntake(TriageItems items, ReferralLinks links, WorkingDays workingDays,
                                  DecisionLog decisionLog) {
        return new ReferralIntake(items, links, workingDays, decisionLog);
    }

    @Bean
    TriageDesk triageDesk(TriageItems items, AuditTrail auditTrail, Clock clock) {
        return new TriageDesk(items, auditTrail, clock);
    }

    @Bean
    DecisionDesk decisionDesk(TriageItems items, AuditTrail auditTrail, DecisionMeasures measures, Clock clock,
                              AuthorityProfile authority) {
        return new DecisionDesk(items, auditTrail, measures, clock, authority);
    }

    /** referral-service's {@code GET /api/referrals/{id}}: {@code triage.referral-service.*}. */
    @Bean
    ReferralServiceClient referralServiceClient(
            @Value("${triage.referral-service.url:http://localhost:8081}") String url,
            @Value("${triage.referral-service.details-timeout:2s}") Duration timeout,
            @Value("${triage.remote.circuit-breaker.window:10}") int window,
            @Value("${triage.remote.circuit-breaker.minimum-calls:5}") int minimumCalls,
            @Value("${triage.remote.circuit-breaker.open-for:30s}") Duration openFor) {
        return new ReferralServiceClient(new RemoteSettings(url, timeout, window, minimumCalls, openFor));
    }

    /** case-service's {@code GET /api/cases/history?childId=}: {@code triage.case-service.*}. */
    @Bean
    CaseServiceClient caseServiceClient(
            @Value("${triage.case-service.url:http://localhost:8084}") String url,
            @Value("${triage.case-service.timeout:2s}") Duration timeout,
            @Value("${triage.remote.circuit-breaker.window:10}") int window,
            @Value("${triage.remote.circuit-breaker.minimum-calls:5}") int minimumCalls,
            @Value("${triage.remote.circuit-breaker.open-for:30s}") Duration openFor) {
        return new CaseServiceClient(new RemoteSettings(url, timeout, window, minimumCalls, openFor));
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
