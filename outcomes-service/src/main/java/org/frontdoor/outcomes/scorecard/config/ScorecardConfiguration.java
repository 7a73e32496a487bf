package org.frontdoor.outcomes.scorecard.config;

import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.scorecard.domain.Scorecard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java scorecard over the indicator report. */
@Configuration
class ScorecardConfiguration {

    @Bean
    Scorecard scorecard(IndicatorReport indicatorReport, ExportAuditor exportAuditor) {
        return new Scorecard(indicatorReport, exportAuditor);
    }
}
