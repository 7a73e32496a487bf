package org.frontdoor.outcomes.scorecard.config;

import org.frontdoor.outcomes.scorecard.api.ScorecardPeriodFormatter;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the scorecard's {@code period} query parameter ({@link ScorecardPeriodFormatter}): its syntaxes are the
 * domain's, a month, a quarter, a financial year, a year or a range, which no {@code @DateTimeFormat} can say. (Apart
 * from the scorecard's wiring, so that a controller test, which takes every {@code WebMvcConfigurer}, reads periods as
 * the service does without the scorecard's beans.)
 */
@Configuration
class ScorecardParameters implements WebMvcConfigurer {

    static {
        // The API docs show the period as the text the caller writes, one query parameter, not the record it becomes
        // (springdoc would list label, from, to and length as parameters of their own). Nothing answers a
        // ScorecardPeriod as JSON (the scorecard's view has its own), so no schema of an answer changes.
        SpringDocUtils.getConfig().addSimpleTypesForParameterObject(ScorecardPeriod.class)
                .replaceWithClass(ScorecardPeriod.class, String.class);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new ScorecardPeriodFormatter());
    }
}
