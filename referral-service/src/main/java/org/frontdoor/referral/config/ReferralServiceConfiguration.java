package org.frontdoor.referral.config;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.frontdoor.referral.audit.domain.AuditReport;
import org.frontdoor.referral.audit.domain.AuditReports;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.intake.domain.AmendReferral;
import org.frontdoor.referral.intake.domain.DecisionDeadline;
import org.frontdoor.referral.intake.domain.ListPartnerReferrals;
import org.frontdoor.referral.intake.domain.OpenReferrals;
import org.frontdoor.referral.intake.domain.ReadReferral;
import org.frontdoor.referral.intake.domain.ReadReferrerContact;
import org.frontdoor.referral.intake.domain.ReceiveReferral;
import org.frontdoor.referral.intake.domain.RecordTriageOutcome;
import org.frontdoor.referral.intake.domain.Referrals;
import org.frontdoor.referral.intake.domain.SearchReferrals;
import org.frontdoor.referral.intake.domain.UndecidedReferrals;
import org.frontdoor.referral.intake.domain.WithdrawReferral;
import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.personindex.domain.PersonIdentification;
import org.frontdoor.referral.personindex.domain.PersonIndex;
import org.frontdoor.referral.personindex.domain.PossibleMatches;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java use cases to their store adapters, and the server clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralServiceConfiguration {

    @Bean
    PersonIdentification personIdentification(PersonIndex personIndex) {
        return new PersonIdentification(personIndex);
    }

    @Bean
    PossibleMatches possibleMatches(PersonIndex personIndex, AuditTrail auditTrail, Clock clock) {
        return new PossibleMatches(personIndex, auditTrail, clock);
    }

    @Bean
    ReceiveReferral receiveReferral(Referrals referrals, PersonIdentification personIdentification, AuthorityArea area,
                                    Clock clock) {
        return new ReceiveReferral(referrals, personIdentification, area, clock);
    }

    @Bean
    ListPartnerReferrals listPartnerReferrals(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new ListPartnerReferrals(referrals, auditTrail, clock);
    }

    @Bean
    ReadReferral readReferral(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new ReadReferral(referrals, auditTrail, clock);
    }

    @Bean
    AuditReports auditReports(AuditReport auditReport, AuditTrail auditTrail, Clock clock) {
        return new AuditReports(auditReport, auditTrail, clock);
    }

    @Bean
    ReadReferrerContact readReferrerContact(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        return new ReadReferrerContact(referrals, auditTrail, clock);
    }

    @Bean
    AmendReferral amendReferral(Referrals referrals, PersonIdentification personIdentification, AuthorityArea area,
                                AuditTrail auditTrail, Clock clock) {
        return new AmendReferral(referrals, personIdentification, area, auditTrail, clock);
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

    /** Working days in England and Wales: the deadline outcomes-service measures decisions against too. */
    @Bean
    DecisionDeadline decisionDeadline() {
        return new DecisionDeadline(new WorkingDays(new EnglandAndWalesBankHolidays()));
    }

    @Bean
    UndecidedReferrals undecidedReferrals(OpenReferrals openReferrals, DecisionDeadline decisionDeadline, Clock clock) {
        return new UndecidedReferrals(openReferrals, decisionDeadline, clock);
    }

    @Bean
    OpenAPI referralServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Front Door referral-service")
                        .description("Referrals (contacts), the person index, consent and links between referrals")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
