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
            counts.merge(keyOf(key.apply(item)), 1L, Long::sum);
        }
        return counts;
    }

    private static String keyOf(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    /** Separates a breakdown's name from its key in the keys counted ahead ({@link IndexedFacts.RunningCounts}). */
    private static final char SEPARATOR = '\u0000';

    /** What V1.contacts counts of one referral: its key in each breakdown (counted ahead by indexed facts). */
    static List<String> contactKeys(Referral referral) {
        return List.of("by_channel" + SEPARATOR + keyOf(referral.channel()),
                "by_source" + SEPARATOR + keyOf(referral.sourceCode()),
                "by_pathway" + SEPARATOR + keyOf(referral.pathway()),
                "by_locality" + SEPARATOR + keyOf(referral.locality()));
    }

    /**
     * What V1.decisions and A1 count of one referral with a decision: its latest level and route, and A1's flags
     * ({@link NoFurtherAction#keys}); counted ahead by indexed facts.
     */
    static List<String> decisionKeys(Referral referral) {
        Decision latest = referral.latestDecision().orElseThrow();
        List<String> keys = new java.util.ArrayList<>(6);
        keys.add("by_level" + SEPARATOR + keyOf(String.valueOf(latest.level())));
        keys.add("by_route" + SEPARATOR + keyOf(latest.route()));
        keys.addAll(NoFurtherAction.keys(referral));
        return keys;
    }

    /** V1.contacts from the counts of {@link #contactKeys} over the referrals received in the period. */
    IndicatorResult contactsCounted(Map<String, Long> counts) {
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, SortedMap<String, Long>> breakdowns = breakdowns(counts, "by_channel", "by_source", "by_pathway",
                "by_locality");
        extra.putAll(breakdowns);
        long received = breakdowns.get("by_channel").values().stream().mapToLong(Long::longValue).sum();
        return IndicatorResult.count(Indicator.V1_CONTACTS, received, extra);
    }

    /** V1.decisions from the counts of {@link #decisionKeys} over the referrals first decided in the period. */
    IndicatorResult decisionsCounted(Map<String, Long> counts) {
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, SortedMap<String, Long>> breakdowns = breakdowns(counts, "by_level", "by_route");
        extra.putAll(breakdowns);
        long decided = breakdowns.get("by_level").values().stream().mapToLong(Long::longValue).sum();
        return IndicatorResult.count(Indicator.V1_DECISIONS, decided, extra);
    }

    private static Map<String, SortedMap<String, Long>> breakdowns(Map<String, Long> counts, String... names) {
        Map<String, SortedMap<String, Long>> breakdowns = new LinkedHashMap<>();
        for (String name : names) {
            breakdowns.put(name, new TreeMap<>());
        }
        counts.forEach((key, count) -> {
            int separator = key.indexOf(SEPARATOR);
            if (separator > 0) {
                SortedMap<String, Long> breakdown = breakdowns.get(key.substring(0, separator));
                if (breakdown != null) {
                    breakdown.put(key.substring(separator + 1), count);
                }
            }
        });
        return breakdowns;
    }
}
