package org.frontdoor.referral.config;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.intake.domain.AmendReferral;
import org.frontdoor.referral.intake.domain.ReadReferral;
import org.frontdoor.referral.intake.domain.ReceiveReferral;
import org.frontdoor.referral.intake.domain.RecordTriageOutcome;
import org.frontdoor.referral.intake.domain.Referrals;
import org.frontdoor.referral.intake.domain.SearchReferrals;
import org.frontdoor.referral.intake.domain.WithdrawReferral;
import org.frontdoor.referral.personindex.domain.ChildIdentification;
import org.frontdoor.referral.personindex.domain.PersonIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java use cases to their store adapters, and the server clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralServiceConfiguration {

    /** The server clock ({@code receivedAt}); tests replace it with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ChildIdentification childIdentification(PersonIndex personIndex) {
        return new ChildIdentification(personIndex);
    }

    @Bean
    ReceiveReferral receiveReferral(Referrals referrals, ChildIdentification childIdentification, Clock clock) {
        return new ReceiveReferral(referrals, childIdentification, clock);
    }

    @Bean
    ReadReferral readReferral(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new ReadReferral(referrals, auditTrail, clock);
    }

    @Bean
    AmendReferral amendReferral(Referrals referrals, ChildIdentification childIdentification, AuditTrail auditTrail,
                                Clock clock) {
        return new AmendReferral(referrals, childIdentification, auditTrail, clock);
    }

    @Bean
    WithdrawReferral withdrawReferral(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new WithdrawReferral(referrals, auditTrail, clock);
    }

    @Bean
    SearchReferrals searchReferrals(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new SearchReferrals(referrals, auditTrail, clock);
    }

    @Bean
    RecordTriageOutcome recordTriageOutcome(Referrals referrals) {
        return new RecordTriageOutcome(referrals);
    }

    @Bean
    OpenAPI referralServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Front Door referral-service")
                        .description("Referrals (contacts), the minimal person index and consent")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
