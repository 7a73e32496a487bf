package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * E2: of the distinct children in a case open at any time in the period, the share who were in an open case
 * at the {@code receivedAt} of a SOCIAL_CARE referral naming them received in the period. {@code by_route}
 * gives the latest route of each such child's first such referral ({@code UNDECIDED} without a decision).
 * A child in two families' cases is one child.
 */
public final class SocialCareWhileOpen {

    public IndicatorResult referredWhileOpen(Collection<Referral> referrals, Collection<CaseMembership> cases,
                                             ReportPeriod period) {
        Set<String> openInPeriod = new TreeSet<>();
        for (CaseMembership earlyHelpCase : cases) {
            if (earlyHelpCase.isOpenDuring(period.start(), period.end())) {
                openInPeriod.addAll(earlyHelpCase.childIds());
            }
        }
        List<Referral> socialCareInPeriod = referrals.stream()
                .filter(Referral::isSocialCare)
                .filter(referral -> referral.isReceivedIn(period))
                .sorted(Referral.IN_ORDER_RECEIVED)
                .toList();
        Map<String, List<Referral>> referralsByChild = new HashMap<>();
        socialCareInPeriod.forEach(referral -> referral.childIds().forEach(childId ->
                referralsByChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(referral)));
        Map<String, List<CaseMembership>> casesByChild = CaseMembership.byChild(cases);
        SortedMap<String, Long> byRoute = new TreeMap<>();
        long referred = 0;
        for (String childId : openInPeriod) {
            List<CaseMembership> childsCases = casesByChild.getOrDefault(childId, List.of());
            Optional<Referral> first = referralsByChild.getOrDefault(childId, List.of()).stream()
                    .filter(referral -> childsCases.stream()
                            .anyMatch(earlyHelpCase -> earlyHelpCase.isOpenAt(referral.receivedAt())))
                    .min(Referral.IN_ORDER_RECEIVED);
            if (first.isPresent()) {
                referred++;
                byRoute.merge(first.get().latestRoute(), 1L, Long::sum);
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("by_route", byRoute);
        return IndicatorResult.share(Indicator.E2, referred, openInPeriod.size(), extra);
    }

    /**
     * The same rule over indexed facts: the open spells worked out once, the SOCIAL_CARE referrals received in the
     * period by binary search.
     *
     * @param caseInScope  the cases a report's filter keeps
     * @param casesByChild those cases by child ({@link CaseMembership#byChild})
     */
    IndicatorResult referredWhileOpen(IndexedFacts facts, java.util.function.Predicate<String> caseInScope,
                                      Map<String, List<CaseMembership>> casesByChild, ReportPeriod period) {
        java.time.Instant start = period.start();
        java.time.Instant end = period.end();
        Set<String> openInPeriod = new TreeSet<>();
        facts.spells.forEachOpenDuring(start, end, earlyHelpCase -> {
            if (caseInScope.test(earlyHelpCase.caseId())) {
                openInPeriod.addAll(earlyHelpCase.childIds());
            }
        });
        Map<String, List<Referral>> referralsByChild = new HashMap<>();
        for (Referral referral : facts.socialCareByReceipt.in(period)) {
            referral.childIds().forEach(childId ->
                    referralsByChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(referral));
        }
        SortedMap<String, Long> byRoute = new TreeMap<>();
        long referred = 0;
        for (String childId : openInPeriod) {
            List<CaseMembership> childsCases = casesByChild.getOrDefault(childId, List.of());
            Optional<Referral> first = referralsByChild.getOrDefault(childId, List.of()).stream()
                    .filter(referral -> childsCases.stream()
                            .anyMatch(earlyHelpCase -> facts.isOpenAt(earlyHelpCase, referral.receivedAt())))
                    .min(Referral.IN_ORDER_RECEIVED);
            if (first.isPresent()) {
                referred++;
                byRoute.merge(first.get().latestRoute(), 1L, Long::sum);
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("by_route", byRoute);
        return IndicatorResult.share(Indicator.E2, referred, openInPeriod.size(), extra);
    }
}
