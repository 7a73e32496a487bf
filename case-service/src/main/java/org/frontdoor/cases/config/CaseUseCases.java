package org.frontdoor.cases.config;

import java.time.Clock;
import java.util.UUID;

import org.frontdoor.cases.audit.domain.AuditTrail;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.frontdoor.cases.audit.domain.ReadAuditTrail;
import org.frontdoor.cases.earlyhelp.domain.AllocateLeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.CaseActivity;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.frontdoor.cases.earlyhelp.domain.CloseCase;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.ReadCases;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;
import org.frontdoor.cases.earlyhelp.domain.ReopenCase;
import org.frontdoor.cases.earlyhelp.domain.ReviewsAndDrift;
import org.frontdoor.cases.socialcare.domain.RecordSocialCareFeed;
import org.frontdoor.cases.socialcare.domain.SocialCareFeed;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain's use cases (plain Java) wired to their adapters; the outbox relay runs on the scheduler. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(CaseWorkProperties.class)
class CaseUseCases {

    @Bean
    OpenCaseFromTriage openCaseFromTriage(CaseStore store, CaseActivity activity) {
        return new OpenCaseFromTriage(store, activity);
    }

    @Bean
    CasesNeedingAttention casesNeedingAttention(CaseStore store, CaseWorkProperties properties, Clock clock) {
        return new CasesNeedingAttention(store, new ReviewsAndDrift(properties.reviewInterval(),
                properties.driftRule()), clock);
    }

    @Bean
    ReadCases readCases(CaseStore store, ReadAudit audit, Clock clock, CasesNeedingAttention attention) {
        return new ReadCases(store, audit, clock, attention);
    }

    @Bean
    ReadAuditTrail readAuditTrail(ReadAudit audit, AuditTrail trail, Clock clock) {
        return new ReadAuditTrail(audit, trail, clock);
    }

    @Bean
    AllocateLeadProfessional allocateLeadProfessional(CaseStore store, Clock clock) {
        return new AllocateLeadProfessional(store, clock);
    }

    @Bean
    CloseCase closeCase(CaseStore store, CaseActivity activity, Clock clock) {
        return new CloseCase(store, activity, clock);
    }

    @Bean
    RecordCaseWork recordCaseWork(CaseStore store, CaseActivity activity, CaseWorkProperties properties,
                                  Clock clock) {
        return new RecordCaseWork(store, activity, properties.tools(), properties.themeFramework(),
                properties.reviewInterval(), clock, () -> UUID.randomUUID().toString());
    }

    @Bean
    RecordSocialCareFeed recordSocialCareFeed(SocialCareFeed feed, Clock clock) {
        return new RecordSocialCareFeed(feed, clock);
    }

    @Bean
    ReopenCase reopenCase(CaseStore store, Clock clock) {
        return new ReopenCase(store, clock);
    }
}
