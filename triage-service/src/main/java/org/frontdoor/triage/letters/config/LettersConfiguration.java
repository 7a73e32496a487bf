package org.frontdoor.triage.letters.config;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.letters.clients.ReferralServiceProperties;
import org.frontdoor.triage.letters.clients.ReferralServiceReferrers;
import org.frontdoor.triage.letters.domain.Channel;
import org.frontdoor.triage.letters.domain.DecisionRationales;
import org.frontdoor.triage.letters.domain.DecisionsMadeHere;
import org.frontdoor.triage.letters.domain.GovUkNotify;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.frontdoor.triage.letters.domain.LetterMeasures;
import org.frontdoor.triage.letters.domain.OutcomeLetters;
import org.frontdoor.triage.letters.domain.ReferralPartners;
import org.frontdoor.triage.letters.domain.Referrers;
import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.triage.letters.notify.LetterNotifyProperties;
import org.frontdoor.triage.letters.notify.NotifyLetters;
import org.frontdoor.triage.letters.pdf.PdfLetterRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the outcome letters: the plain-Java {@link LetterDesk} to the store, referral-service (service token,
 * circuit breaker), the PDF renderer, GOV.UK Notify (service-platform's client) and the meters.
 */
@Configuration
@EnableConfigurationProperties({LettersProperties.class, LetterNotifyProperties.class, ReferralServiceProperties.class})
class LettersConfiguration {

    @Bean
    LetterDesk letterDesk(OutcomeLetters letters, Referrers referrers, DecisionRationales rationales,
                          DecisionsMadeHere madeHere, GovUkNotify notify, LetterMeasures measures, ReferralPartners partners, AuditTrail audit,
                          LettersProperties properties, AuthorityProfile authority, Clock clock) {
        return new LetterDesk(letters, referrers, rationales, madeHere, new PdfLetterRenderer(), notify, measures, partners,
                audit, new RetrySchedule(properties.firstWait(), properties.maxWait()), authority, clock);
    }

    /** The letters through service-platform's Notify client (its connection settings are {@code notify.*} too). */
    @Bean
    GovUkNotify govUkNotify(NotifyClient notify, LetterNotifyProperties settings) {
        return new NotifyLetters(notify, settings);
    }

    @Bean
    Referrers referrers(ReferralServiceProperties properties, Clock clock) {
        return ReferralServiceReferrers.connect(properties, clock);
    }

    /**
     * {@code frontdoor.triage.letters.sent{channel}}, {@code frontdoor.triage.letters.failed}, and the gauge
     * {@code frontdoor.triage.letters.pending} (read from the store at each scrape; NaN if it cannot be read).
     */
    @Bean
    LetterMeasures letterMeasures(MeterRegistry registry, OutcomeLetters letters) {
        Gauge.builder("frontdoor.triage.letters.pending", letters, OutcomeLetters::pending)
                .description("Outcome letters stored but not yet sent (waiting, or being retried)")
                .register(registry);
        Counter failed = Counter.builder("frontdoor.triage.letters.failed")
                .description("Outcome letters GOV.UK Notify refused")
                .register(registry);
        return new LetterMeasures() {
            @Override
            public void sent(Channel channel) {
                Counter.builder("frontdoor.triage.letters.sent")
                        .description("Outcome letters accepted by GOV.UK Notify")
                        .tag("channel", channel.name())
                        .register(registry)
                        .increment();
            }

            @Override
            public void failed() {
                failed.increment();
            }
        };
    }
}
