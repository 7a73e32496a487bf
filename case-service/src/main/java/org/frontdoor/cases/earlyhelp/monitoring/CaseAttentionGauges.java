package org.frontdoor.cases.earlyhelp.monitoring;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drift and overdue reviews as numbers: {@value #DRIFTING} ({@code frontdoor_cases_drifting} in Prometheus), the open
 * cases drifting, and {@value #REVIEWS_OVERDUE} ({@code frontdoor_case_reviews_overdue}), the open cases whose next
 * review date has passed; recounted from the store on a schedule ({@code frontdoor.case-work.recount-interval-ms},
 * a minute by default) so that a scrape never waits on the store. Every instance counts the same store: alert on the
 * maximum, not the sum.
 */
@Component
class CaseAttentionGauges {

    static final String DRIFTING = "frontdoor.cases.drifting";
    static final String REVIEWS_OVERDUE = "frontdoor.case.reviews.overdue";

    private static final Logger log = LoggerFactory.getLogger(CaseAttentionGauges.class);

    private final CasesNeedingAttention attention;
    private final AtomicLong drifting = new AtomicLong();
    private final AtomicLong reviewsOverdue = new AtomicLong();

    CaseAttentionGauges(CasesNeedingAttention attention, MeterRegistry meters) {
        this.attention = attention;
        Gauge.builder(DRIFTING, drifting, AtomicLong::get)
                .description("Open early help cases drifting: open too long or reviewed too many times")
                .register(meters);
        Gauge.builder(REVIEWS_OVERDUE, reviewsOverdue, AtomicLong::get)
                .description("Open early help cases whose next review date has passed")
                .register(meters);
    }

    /** Keeps the last counts while the store cannot be reached (its own health check and alert say so). */
    @Scheduled(fixedDelayString = "${frontdoor.case-work.recount-interval-ms:60000}")
    void recount() {
        try {
            CasesNeedingAttention.Counts counts = attention.count();
            drifting.set(counts.drifting());
            reviewsOverdue.set(counts.reviewsOverdue());
        } catch (DataAccessException e) {
            log.warn("Could not recount the drifting cases and overdue reviews: {}", e.getClass().getName());
        }
    }
}
