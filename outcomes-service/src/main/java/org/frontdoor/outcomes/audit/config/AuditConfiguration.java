package org.frontdoor.outcomes.audit.config;

import java.time.Clock;

import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java export audit. */
@Configuration
class AuditConfiguration {

    @Bean
    ExportAuditor exportAuditor(ExportAudit exportAudit, Clock clock) {
        return new ExportAuditor(exportAudit, clock);
    }
}
