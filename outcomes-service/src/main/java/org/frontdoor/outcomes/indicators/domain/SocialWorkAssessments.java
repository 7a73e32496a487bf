package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.frontdoor.workingdays.LondonDates;

/**
 * E3: the distinct children on a referral (any pathway) first-decided in the period whose latest route is
 * SOCIAL_WORK_ASSESSMENT, each at their first such referral (earliest {@code receivedAt}); the numerator is
 * the children with no case containing them open at any time in
 * [{@code receivedAt} London date − 12 months, {@code receivedAt}).
 */
public final class SocialWorkAssessments {

    public static final String SOCIAL_WORK_ASSESSMENT = "SOCIAL_WORK_ASSESSMENT";

    public IndicatorResult withoutEarlyHelpBefore(Collection<Referral> referrals, Collection<CaseMembership> cases,
                                                  ReportPeriod period) {
        return withoutEarlyHelpBefore(referrals, cases, period, referral -> true);
    }

    /** @param inScope the referrals a report's filter keeps (the cohort); the look-back reads every case */
    public IndicatorResult withoutEarlyHelpBefore(Collection<Referral> referrals, Collection<CaseMembership> cases,
                                                  ReportPeriod period, java.util.function.Predicate<Referral> inScope) {
        Map<String, Referral> firstPerChild = new TreeMap<>();
        referrals.stream()
                .filter(referral -> referral.isFirstDecidedIn(period))
                .filter(inScope)
                .filter(referral -> SOCIAL_WORK_ASSESSMENT.equals(referral.latestRoute()))
                .sorted(Referral.IN_ORDER_RECEIVED)
                .forEach(referral -> referral.childIds().forEach(childId -> firstPerChild.putIfAbsent(childId, referral)));
        Map<String, java.util.List<CaseMembership>> casesByChild = CaseMembership.byChild(cases);
        long noEarlyHelp = 0;
        for (Map.Entry<String, Referral> entry : firstPerChild.entrySet()) {
            Instant receivedAt = entry.getValue().receivedAt();
            Instant lookBackFrom =
                    LondonDates.startOfLondonDay(LondonDates.addMonths(LondonDates.londonDate(receivedAt), -12));
            boolean hadEarlyHelp = casesByChild.getOrDefault(entry.getKey(), java.util.List.of()).stream()
                    .anyMatch(earlyHelpCase -> earlyHelpCase.isOpenDuring(lookBackFrom, receivedAt));
            if (!hadEarlyHelp) {
                noEarlyHelp++;
            }
        }
        return IndicatorResult.share(Indicator.E3, noEarlyHelp, firstPerChild.size(), new LinkedHashMap<>());
    }

    /** The same rule over indexed facts: the cohort by binary search, every case's open spells worked out once. */
    IndicatorResult withoutEarlyHelpBefore(IndexedFacts facts, ReportPeriod period,
                                           java.util.function.Predicate<Referral> inScope) {
        Map<String, Referral> firstPerChild = new TreeMap<>();
        facts.toAssessmentByFirstDecision.in(period).stream()
                .filter(inScope)
                .sorted(Referral.IN_ORDER_RECEIVED)
                .forEach(referral -> referral.childIds().forEach(childId -> firstPerChild.putIfAbsent(childId, referral)));
        long noEarlyHelp = 0;
        for (Map.Entry<String, Referral> entry : firstPerChild.entrySet()) {
            Instant receivedAt = entry.getValue().receivedAt();
            Instant lookBackFrom =
                    LondonDates.startOfLondonDay(LondonDates.addMonths(LondonDates.londonDate(receivedAt), -12));
            boolean hadEarlyHelp = facts.casesByChild.getOrDefault(entry.getKey(), java.util.List.of()).stream()
                    .anyMatch(earlyHelpCase -> facts.isOpenDuring(earlyHelpCase, lookBackFrom, receivedAt));
            if (!hadEarlyHelp) {
                noEarlyHelp++;
            }
        }
        return IndicatorResult.share(Indicator.E3, noEarlyHelp, firstPerChild.size(), new LinkedHashMap<>());
    }
}
