package org.frontdoor.outcomes.indicators.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * V1: contacts received in the period (one per referral, not per child) by channel, source, pathway
 * and locality; referrals first-decided in the period by latest level and latest route.
 */
public final class Volumes {

    /** The breakdown key of a referral with no locality recorded. */
    public static final String NOT_RECORDED = "NOT_RECORDED";

    public IndicatorResult contacts(Collection<Referral> referrals, ReportPeriod period) {
        return contactsReceived(referrals.stream().filter(referral -> referral.isReceivedIn(period)).toList());
    }

    /** V1.contacts of the referrals received in the period, already chosen (indexed facts). */
    IndicatorResult contactsReceived(List<Referral> received) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("by_channel", breakdown(received, Referral::channel));
        extra.put("by_source", breakdown(received, Referral::sourceCode));
        extra.put("by_pathway", breakdown(received, Referral::pathway));
        extra.put("by_locality", breakdown(received, Referral::locality));
        return IndicatorResult.count(Indicator.V1_CONTACTS, received.size(), extra);
    }

    public IndicatorResult decisions(Collection<Referral> referrals, ReportPeriod period) {
        return decisionsOf(referrals.stream().filter(referral -> referral.isFirstDecidedIn(period)).toList());
    }

    /** V1.decisions of the referrals first decided in the period, already chosen (indexed facts). */
    IndicatorResult decisionsOf(List<Referral> decided) {
        List<Decision> latest = decided.stream()
                .map(referral -> referral.latestDecision().orElseThrow())
                .toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("by_level", breakdown(latest, decision -> String.valueOf(decision.level())));
        extra.put("by_route", breakdown(latest, Decision::route));
        return IndicatorResult.count(Indicator.V1_DECISIONS, latest.size(), extra);
    }

    private static <T> SortedMap<String, Long> breakdown(List<T> items, Function<T, String> key) {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (T item : items) {
            String value = key.apply(item);
            counts.merge(value == null || value.isBlank() ? NOT_RECORDED : value, 1L, Long::sum);
        }
        return counts;
    }
}
