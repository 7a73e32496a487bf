package org.frontdoor.outcomes.config;

import java.time.Clock;

import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.indicators.domain.EnglandAndWalesBankHolidays;
import org.frontdoor.outcomes.indicators.domain.IndicatorCalculator;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.WorkingDays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java indicator domain. */
@Configuration
class IndicatorsConfig {

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
    IndicatorReport indicatorReport(EventLog eventLog, WorkingDays workingDays) {
        return new IndicatorReport(eventLog, new IndicatorCalculator(workingDays));
    }
}
