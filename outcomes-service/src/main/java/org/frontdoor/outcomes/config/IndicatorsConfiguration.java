package org.frontdoor.outcomes.config;

import java.time.Clock;
import java.time.Duration;

import java.util.List;

import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.EventProjection;
import org.frontdoor.outcomes.eventlog.domain.EventReplay;
import org.frontdoor.outcomes.eventlog.domain.RebuildReadModels;
import org.frontdoor.outcomes.indicators.domain.DriftRule;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFramework;
import org.frontdoor.outcomes.indicators.domain.IndicatorCalculator;
import org.frontdoor.outcomes.indicators.domain.IndicatorReadModel;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.WebstarTools;
import org.frontdoor.workingdays.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java indicator domain: the configured framework, Webstar tools and drift rule, the in-memory read
 * model (loaded from the event log before the consumers start, then told of each new event) and the report computed
 * from it.
 */
@Configuration
@EnableConfigurationProperties(OutcomesProperties.class)
class IndicatorsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IndicatorsConfiguration.class);

    @Bean
    FamilyProgrammeFramework familyProgrammeFramework(OutcomesProperties properties) {
        return properties.programmeFramework();
    }

    @Bean
    WebstarTools webstarTools(OutcomesProperties properties) {
        return properties.webstarTools();
    }

    @Bean
    DriftRule driftRule(OutcomesProperties properties) {
        return properties.driftRule();
    }

    @Bean
    IndicatorReadModel indicatorReadModel() {
        return new IndicatorReadModel();
    }

    @Bean
    IndicatorReport indicatorReport(IndicatorReadModel readModel, WorkingDays workingDays, WebstarTools webstarTools,
                                    FamilyProgrammeFramework framework, DriftRule driftRule) {
        return new IndicatorReport(readModel, new IndicatorCalculator(workingDays, webstarTools, framework, driftRule));
    }

    @Bean
    ReportsKeptReady reportsKeptReady(IndicatorReport report,
                                      @Value("${outcomes.reports.prepare-every:10s}") Duration every) {
        return new ReportsKeptReady(report, every, Clock.systemUTC());
    }

    @Bean
    RebuildReadModels rebuildReadModels(EventLog eventLog, List<EventProjection> projections, EventReplay replay) {
        return new RebuildReadModels(eventLog, projections, replay);
    }

    /** Folds the read models from the whole log once every bean exists, before the Kafka consumers start. */
    @Bean
    SmartInitializingSingleton loadReadModelsAtStartUp(RebuildReadModels rebuild, IndicatorReadModel readModel) {
        return () -> {
            long started = System.nanoTime();
            rebuild.loadFromTheLog();
            log.info("Indicator read model loaded from the event log: {} events in {} ms", readModel.size(),
                    (System.nanoTime() - started) / 1_000_000);
        };
    }
}
