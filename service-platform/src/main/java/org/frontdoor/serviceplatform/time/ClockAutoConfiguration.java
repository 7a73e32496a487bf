package org.frontdoor.serviceplatform.time;

import java.time.Clock;
import java.time.ZoneOffset;

import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock and one calendar in every service. The clock is UTC to the millisecond, what MongoDB keeps, so a time
 * read back equals the time written; a test replaces it with a fixed one. The working-day calendar (England and
 * Wales bank holidays) is the one the triage queue's deadline and indicator T1 both count by; a service that has
 * the working-days module on its classpath gets it.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WorkingDays.class)
    static class Calendar {

        @Bean
        @ConditionalOnMissingBean
        WorkingDays workingDays() {
            return new WorkingDays(new EnglandAndWalesBankHolidays());
        }
    }
}
