package org.frontdoor.triage.config;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.frontdoor.serviceplatform.deadletters.ReplayAudit;
import org.frontdoor.triage.audit.api.CallerRoles;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Triage's dead letters are service-platform's desk over its three consumer groups (the queue's, on
 * {@code frontdoor.referrals.v1.dlt}; the decisions', on {@code frontdoor.triage.v1.dlt}; the letters', on both), at
 * {@code /api/triage/dead-letters}. What triage adds: a replay is audited ({@code REPLAY}, with the record's key, a
 * referral id).
 */
@Configuration
class RecoveryConfiguration {

    @Bean
    ReplayAudit replayAudit(AuditTrail audit, Clock clock) {
        return (admin, replayed) -> audit.append(new AuditEntry(admin.getName(), CallerRoles.of(admin), "REPLAY",
                "REPLAY dead letter " + replayed.dltTopic() + "/" + replayed.partition() + "/" + replayed.offset()
                        + " of " + replayed.groupId(),
                replayed.key(), List.of(), null, Instant.now(clock)));
    }
}
