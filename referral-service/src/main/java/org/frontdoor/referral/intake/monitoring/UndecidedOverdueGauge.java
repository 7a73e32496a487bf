package org.frontdoor.referral.intake.monitoring;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.referral.intake.domain.UndecidedReferrals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net as a number: {@value #NAME} ({@code frontdoor_referrals_undecided_overdue} in Prometheus), the
 * referrals undecided past their deadline, recounted from the store on a schedule
 * ({@code frontdoor.undecided.recount-interval-ms}, a minute by default) so that a scrape never waits on the store.
 * Every instance counts the same store: alert on the maximum, not the sum.
 */
@Component
class UndecidedOverdueGauge {

    static final String NAME = "frontdoor.referrals.undecided.overdue";

    private static final Logger log = LoggerFactory.getLogger(UndecidedOverdueGauge.class);

    private final UndecidedReferrals undecided;
    private final AtomicLong overdue = new AtomicLong();

    UndecidedOverdueGauge(UndecidedReferrals undecided, MeterRegistry meters) {
        this.undecided = undecided;
        Gauge.builder(NAME, overdue, AtomicLong::get)
                .description("Referrals neither decided nor withdrawn past their decision deadline")
                .register(meters);
    }

    /** Keeps the last count while the store cannot be reached (its own health check and alert say so). */
    @Scheduled(fixedDelayString = "${frontdoor.undecided.recount-interval-ms:60000}")
    void recount() {
        try {
            overdue.set(undecided.countOverdue());
        } catch (DataAccessException e) {
            log.warn("Could not recount the overdue referrals: {}", e.getClass().getName());
        }
    }
}
