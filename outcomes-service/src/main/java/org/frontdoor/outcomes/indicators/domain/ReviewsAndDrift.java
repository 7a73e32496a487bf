package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.frontdoor.workingdays.LondonDates;

/**
 * E7 and E8, over the early help cases open at the period's end: open at its last instant (00:00 London time on
 * {@code to}, exclusive), by the same open spells as E2 ({@link CaseMembership#openSpells}), so a case opened on the
 * last day is open and one closed on the last day is not. The end date is the period's last London date,
 * {@code to − 1 day}.
 * <ul>
 *   <li><b>E7</b> (reviewed in the last 12 weeks): those with a plan review whose London date is in
 *       [end date − 83 days, end date], 84 days with both ends.</li>
 *   <li><b>E8</b> (drifting at the period's end): those the {@link DriftRule} calls drifting on the end date: opened
 *       (the case's first opening, not a reopening) on a London date D with end date &gt; D + 12 months, or with 3 or
 *       more reviews dated on or before the end date, the number of reviews being the highest {@code reviewNumber}
 *       among them (case-service numbers them on across reopenings).</li>
 * </ul>
 * A review of any spell of the case counts. {@code asOf} plays no part (nothing here waits for a window to pass); a
 * period that has not ended by {@code asOf} is answered as the log stands, with a note.
 */
public final class ReviewsAndDrift {

    /** 12 weeks: the review window is the end date and the 83 days before it. */
    static final int REVIEW_WINDOW_DAYS = 84;

    private final DriftRule drift;

    public ReviewsAndDrift(DriftRule drift) {
        this.drift = Objects.requireNonNull(drift, "drift");
    }

    public List<IndicatorResult> indicators(Collection<CaseMembership> cases, Collection<PlanReview> reviews,
                                            ReportPeriod period) {
        Map<String, List<PlanReview>> reviewsByCase = new HashMap<>();
        reviews.forEach(review -> reviewsByCase.computeIfAbsent(review.caseId(), id -> new ArrayList<>())
                .add(review));
        return indicators(cases, reviewsByCase, period, CaseMembership::isOpenAt);
    }

    /**
     * The same rule over indexed facts: the cases open at the period's last instant found by their open spells' time
     * ({@link IndexedFacts.SpellsByTime}), each case's reviews looked up.
     */
    List<IndicatorResult> indicators(IndexedFacts facts, java.util.function.Predicate<String> caseInScope,
                                     ReportPeriod period) {
        Instant lastInstant = period.end().minusNanos(1);
        List<CaseMembership> openAtTheEnd = new ArrayList<>();
        facts.spells.forEachOpenDuring(lastInstant, lastInstant.plusNanos(1), earlyHelpCase -> {
            if (caseInScope.test(earlyHelpCase.caseId())) {
                openAtTheEnd.add(earlyHelpCase);
            }
        });
        return indicators(openAtTheEnd, facts.reviewsByCase, period, (earlyHelpCase, instant) -> true);
    }

    private List<IndicatorResult> indicators(Collection<CaseMembership> cases,
                                             Map<String, List<PlanReview>> reviewsByCase, ReportPeriod period,
                                             java.util.function.BiPredicate<CaseMembership, Instant> openAt) {
        LocalDate endDate = period.to().minusDays(1);
        LocalDate windowFrom = endDate.minusDays(REVIEW_WINDOW_DAYS - 1);
        Instant lastInstant = period.end().minusNanos(1);

        long open = 0;
        long reviewedInWindow = 0;
        long neverReviewed = 0;
        long drifting = 0;
        long openTooLong = 0;
        long reviewedTooOften = 0;
        for (CaseMembership earlyHelpCase : cases) {
            if (!openAt.test(earlyHelpCase, lastInstant)) {
                continue;
            }
            open++;
            List<LocalDate> reviewDates = reviewsByCase.getOrDefault(earlyHelpCase.caseId(), List.of()).stream()
                    .map(review -> LondonDates.londonDate(review.reviewedAt()))
                    .toList();
            if (reviewDates.stream().anyMatch(date -> !date.isBefore(windowFrom) && !date.isAfter(endDate))) {
                reviewedInWindow++;
            }
            int reviewsByTheEnd = reviewsByCase.getOrDefault(earlyHelpCase.caseId(), List.of()).stream()
                    .filter(review -> !LondonDates.londonDate(review.reviewedAt()).isAfter(endDate))
                    .mapToInt(PlanReview::reviewNumber)
                    .max().orElse(0);
            if (reviewsByTheEnd == 0) {
                neverReviewed++;
            }
            boolean tooLong = drift.openTooLong(LondonDates.londonDate(earlyHelpCase.openedAt()), endDate);
            boolean tooOften = drift.reviewedTooOften(reviewsByTheEnd);
            if (tooLong) {
                openTooLong++;
            }
            if (tooOften) {
                reviewedTooOften++;
            }
            if (tooLong || tooOften) {
                drifting++;
            }
        }

        Map<String, Object> reviewedExtra = new LinkedHashMap<>();
        reviewedExtra.put("end_date", endDate.toString());
        reviewedExtra.put("window_from", windowFrom.toString());
        reviewedExtra.put("never_reviewed", neverReviewed);
        Map<String, Object> driftExtra = new LinkedHashMap<>();
        driftExtra.put("end_date", endDate.toString());
        driftExtra.put("open_months", (long) drift.openMonths());
        driftExtra.put("reviews", (long) drift.reviews());
        driftExtra.put("open_too_long", openTooLong);
        driftExtra.put("reviewed_too_often", reviewedTooOften);
        String notEnded = period.hasPassed(endDate) ? null : "The period has not ended by " + period.asOf()
                + ": the cases open and their reviews as the log stands.";
        return List.of(
                IndicatorResult.share(Indicator.E7, reviewedInWindow, open, reviewedExtra).withNote(notEnded),
                IndicatorResult.share(Indicator.E8, drifting, open, driftExtra).withNote(notEnded));
    }
}
