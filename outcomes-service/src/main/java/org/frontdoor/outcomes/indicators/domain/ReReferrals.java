package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.frontdoor.workingdays.LondonDates;

/**
 * Re-referrals to social care; only earlier SOCIAL_CARE-pathway referrals of the same child count, and
 * "within 12 months" is {@link LondonDates#withinTwelveMonths}.
 * <p>E5: of the distinct children with a SOCIAL_CARE referral received in the period, those with such a
 * referral whose immediately previous SOCIAL_CARE referral lies within 12 months and was NFA – Early Help.
 * <p>E6: over the (SOCIAL_CARE referral received in the period × child named) pairs, those where the child
 * has an earlier SOCIAL_CARE referral within 12 months.
 */
public final class ReReferrals {

    public List<IndicatorResult> rates(Collection<Referral> referrals, ReportPeriod period) {
        return rates(referrals, period, referral -> true);
    }

    /** @param inScope the referrals received in the period a report's filter keeps; the history reads every referral */
    public List<IndicatorResult> rates(Collection<Referral> referrals, ReportPeriod period,
                                       java.util.function.Predicate<Referral> inScope) {
        Map<String, List<Referral>> socialCareByChild = new TreeMap<>();
        referrals.stream()
                .filter(Referral::isSocialCare)
                .sorted(Referral.IN_ORDER_RECEIVED)
                .forEach(referral -> referral.childIds().forEach(childId ->
                        socialCareByChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(referral)));
        Set<String> children = new TreeSet<>();
        Set<String> afterNfaEarlyHelp = new TreeSet<>();
        long pairs = 0;
        long reReferredPairs = 0;
        for (Map.Entry<String, List<Referral>> entry : socialCareByChild.entrySet()) {
            List<Referral> history = entry.getValue();
            for (int i = 0; i < history.size(); i++) {
                Referral current = history.get(i);
                if (!current.isReceivedIn(period) || !inScope.test(current)) {
                    continue;
                }
                children.add(entry.getKey());
                pairs++;
                Optional<Referral> previous = previousBefore(history, i);
                boolean withinTwelveMonths = previous
                        .filter(earlier -> LondonDates.withinTwelveMonths(earlier.receivedAt(), current.receivedAt()))
                        .isPresent();
                if (withinTwelveMonths) {
                    reReferredPairs++;
                    if (previous.get().isNfaEarlyHelp()) {
                        afterNfaEarlyHelp.add(entry.getKey());
                    }
                }
            }
        }
        return List.of(
                IndicatorResult.share(Indicator.E5, afterNfaEarlyHelp.size(), children.size(), new LinkedHashMap<>()),
                IndicatorResult.share(Indicator.E6, reReferredPairs, pairs, new LinkedHashMap<>()));
    }

    /**
     * The same rule over indexed facts: only the SOCIAL_CARE referrals received in the period (by binary search) are
     * walked, each child's history (in the order received) looked up once built.
     */
    List<IndicatorResult> rates(IndexedFacts facts, ReportPeriod period,
                                java.util.function.Predicate<Referral> inScope) {
        Set<String> children = new TreeSet<>();
        Set<String> afterNfaEarlyHelp = new TreeSet<>();
        long pairs = 0;
        long reReferredPairs = 0;
        for (Referral current : facts.socialCareByReceipt.in(period)) {
            if (!inScope.test(current)) {
                continue;
            }
            for (String childId : current.childIds()) {
                List<Referral> history = facts.socialCareByChild.get(childId);
                int index = indexOf(history, current);
                children.add(childId);
                pairs++;
                Optional<Referral> previous = previousBefore(history, index);
                boolean withinTwelveMonths = previous
                        .filter(earlier -> LondonDates.withinTwelveMonths(earlier.receivedAt(), current.receivedAt()))
                        .isPresent();
                if (withinTwelveMonths) {
                    reReferredPairs++;
                    if (previous.get().isNfaEarlyHelp()) {
                        afterNfaEarlyHelp.add(childId);
                    }
                }
            }
        }
        return List.of(
                IndicatorResult.share(Indicator.E5, afterNfaEarlyHelp.size(), children.size(), new LinkedHashMap<>()),
                IndicatorResult.share(Indicator.E6, reReferredPairs, pairs, new LinkedHashMap<>()));
    }

    private static int indexOf(List<Referral> history, Referral referral) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i) == referral) {
                return i;
            }
        }
        throw new IllegalStateException("referral " + referral.referralId() + " is not in its child's history");
    }

    /** The immediately previous referral: the latest one received strictly before this one. */
    private static Optional<Referral> previousBefore(List<Referral> history, int index) {
        Referral current = history.get(index);
        for (int i = index - 1; i >= 0; i--) {
            if (history.get(i).receivedAt().isBefore(current.receivedAt())) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
