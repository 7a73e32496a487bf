package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.frontdoor.workingdays.LondonDates;

/**
 * E1: what followed the closure of early help. The cohort is the distinct children of cases closed in the
 * period, each taken at their earliest closure in the period, and only when the closure's London date
 * + 3 months is before {@code asOf} (the others are {@code extra.pending}). The window runs from just after
 * {@code closedAt} to the end of the London date 3 months later. {@code sc_referral}: a SOCIAL_CARE referral
 * naming the child was received in the window; {@code further_early_help}: a case containing the child was
 * opened or reopened in the window (the closed case's own reopening counts); {@code no_*} the complements.
 * Reported as four results over the same cohort.
 */
public final class ClosureFollowUp {

    private static final int WINDOW_MONTHS = 3;

    public List<IndicatorResult> afterClosure(Collection<Referral> referrals, Collection<CaseMembership> cases,
                                              ReportPeriod period) {
        return afterClosure(referrals, cases, cases, period);
    }

    /**
     * @param closedCases the cases whose closures make the cohort (a report's filter keeps some)
     * @param allCases    every case, searched for further early help
     */
    public List<IndicatorResult> afterClosure(Collection<Referral> referrals, Collection<CaseMembership> closedCases,
                                              Collection<CaseMembership> allCases, ReportPeriod period) {
        Map<String, List<Referral>> socialCareByChild = new HashMap<>();
        referrals.stream().filter(Referral::isSocialCare).forEach(referral -> referral.childIds().forEach(childId ->
                socialCareByChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(referral)));
        Map<String, List<CaseMembership>> casesByChild = CaseMembership.byChild(allCases);
        return afterClosure(socialCareByChild, casesByChild, closedCases, period);
    }

    /**
     * @param socialCareByChild each child's SOCIAL_CARE referrals
     * @param casesByChild      each child's cases, of every case
     */
    List<IndicatorResult> afterClosure(Map<String, List<Referral>> socialCareByChild,
                                       Map<String, List<CaseMembership>> casesByChild,
                                       Collection<CaseMembership> closedCases, ReportPeriod period) {
        Instant start = period.start();
        Instant end = period.end();
        Map<String, Instant> earliestClosure = new TreeMap<>();
        for (CaseMembership earlyHelpCase : closedCases) {
            for (Instant closedAt : earlyHelpCase.closures()) {
                if (closedAt.isBefore(start) || !closedAt.isBefore(end)) {
                    continue;
                }
                earliest(earliestClosure, earlyHelpCase, closedAt);
            }
        }
        return followUp(socialCareByChild, casesByChild, earliestClosure, period);
    }

    /**
     * The same rule over indexed facts: the closures of the period found by binary search instead of walking every
     * case's closures.
     *
     * @param caseInScope the cases whose closures make the cohort (a report's filter keeps some)
     */
    List<IndicatorResult> afterClosure(IndexedFacts facts, java.util.function.Predicate<String> caseInScope,
                                       ReportPeriod period) {
        Map<String, Instant> earliestClosure = new TreeMap<>();
        for (IndexedFacts.MembershipClosure closure : facts.membershipClosures.in(period)) {
            if (caseInScope.test(closure.membership().caseId())) {
                earliest(earliestClosure, closure.membership(), closure.closedAt());
            }
        }
        return followUp(facts.socialCareByChild, facts.casesByChild, earliestClosure, period);
    }

    private static void earliest(Map<String, Instant> earliestClosure, CaseMembership earlyHelpCase, Instant closedAt) {
        for (String childId : earlyHelpCase.childIds()) {
            earliestClosure.merge(childId, closedAt, (earlier, later) -> later.isBefore(earlier) ? later : earlier);
        }
    }

    private static List<IndicatorResult> followUp(Map<String, List<Referral>> socialCareByChild,
                                                  Map<String, List<CaseMembership>> casesByChild,
                                                  Map<String, Instant> earliestClosure, ReportPeriod period) {
        List<String> pending = new ArrayList<>();
        long cohort = 0;
        long socialCareReferral = 0;
        long furtherEarlyHelp = 0;
        for (Map.Entry<String, Instant> closure : earliestClosure.entrySet()) {
            String childId = closure.getKey();
            Instant closedAt = closure.getValue();
            LocalDate lastDay = LondonDates.addMonths(LondonDates.londonDate(closedAt), WINDOW_MONTHS);
            if (!period.hasPassed(lastDay)) {
                pending.add(childId);
                continue;
            }
            cohort++;
            Instant windowEnd = LondonDates.startOfLondonDay(lastDay.plusDays(1));
            boolean referred = socialCareByChild.getOrDefault(childId, List.of()).stream()
                    .anyMatch(referral -> inWindow(referral.receivedAt(), closedAt, windowEnd));
            boolean furtherHelp = casesByChild.getOrDefault(childId, List.of()).stream()
                    .flatMap(earlyHelpCase -> earlyHelpCase.openings().stream())
                    .anyMatch(openedAt -> inWindow(openedAt, closedAt, windowEnd));
            socialCareReferral += referred ? 1 : 0;
            furtherEarlyHelp += furtherHelp ? 1 : 0;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("pending", List.copyOf(pending));
        return List.of(
                IndicatorResult.share(Indicator.E1_SC_REFERRAL, socialCareReferral, cohort, extra),
                IndicatorResult.share(Indicator.E1_NO_SC_REFERRAL, cohort - socialCareReferral, cohort, extra),
                IndicatorResult.share(Indicator.E1_FURTHER_EARLY_HELP, furtherEarlyHelp, cohort, extra),
                IndicatorResult.share(Indicator.E1_NO_FURTHER_EARLY_HELP, cohort - furtherEarlyHelp, cohort, extra));
    }

    /** Just after {@code closedAt}, up to the end of the window's last London day. */
    private static boolean inWindow(Instant at, Instant closedAt, Instant windowEnd) {
        return at.isAfter(closedAt) && at.isBefore(windowEnd);
    }
}
