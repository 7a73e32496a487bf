package org.frontdoor.outcomes.exports.config;

import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.exports.domain.AnnexAExports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java Annex A exports. */
@Configuration
class ExportsConfiguration {

    @Bean
    AnnexAExports annexAExports(EventLog eventLog, ExportAuditor exportAuditor) {
        return new AnnexAExports(eventLog, exportAuditor);
    }
}
