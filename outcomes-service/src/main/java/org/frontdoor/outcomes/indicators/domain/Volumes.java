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

    /** V1.contacts' breakdowns, in the order {@link #contactValues} gives a referral's values. */
    static final List<String> CONTACT_BREAKDOWNS = List.of("by_channel", "by_source", "by_pathway", "by_locality");
    /**
     * V1.decisions' breakdowns, then A1's counts ({@link NoFurtherAction#FLAGS}), in the order {@link #decisionValues}
     * gives a referral's values.
     */
    static final List<String> DECISION_BREAKDOWNS = List.of("by_level", "by_route");

    private static final String[] LEVELS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** A referral's key in each of V1.contacts' breakdowns (counted ahead by indexed facts). */
    static String[] contactValues(Referral referral) {
        return new String[] {keyOf(referral.channel()), keyOf(referral.sourceCode()), keyOf(referral.pathway()),
                keyOf(referral.locality())};
    }

    /**
     * A decided referral's key in each of V1.decisions' breakdowns (its latest level and route), then A1's flags
     * ({@link NoFurtherAction#flags}); counted ahead by indexed facts.
     */
    static String[] decisionValues(Referral referral) {
        Decision latest = referral.latestDecision().orElseThrow();
        int level = latest.level();
        String[] flags = NoFurtherAction.flags(referral);
        String[] values = new String[DECISION_BREAKDOWNS.size() + flags.length];
        values[0] = keyOf(level >= 0 && level < LEVELS.length ? LEVELS[level] : String.valueOf(level));
        values[1] = keyOf(latest.route());
        System.arraycopy(flags, 0, values, DECISION_BREAKDOWNS.size(), flags.length);
        return values;
    }

    /** V1.contacts from the counts of {@link #contactValues} over the referrals received in the period. */
    IndicatorResult contactsCounted(List<SortedMap<String, Long>> counts) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (int i = 0; i < CONTACT_BREAKDOWNS.size(); i++) {
            extra.put(CONTACT_BREAKDOWNS.get(i), counts.get(i));
        }
        long received = counts.get(0).values().stream().mapToLong(Long::longValue).sum();
        return IndicatorResult.count(Indicator.V1_CONTACTS, received, extra);
    }

    /** V1.decisions from the counts of {@link #decisionValues} over the referrals first decided in the period. */
    IndicatorResult decisionsCounted(List<SortedMap<String, Long>> counts) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (int i = 0; i < DECISION_BREAKDOWNS.size(); i++) {
            extra.put(DECISION_BREAKDOWNS.get(i), counts.get(i));
        }
        long decided = counts.get(0).values().stream().mapToLong(Long::longValue).sum();
        return IndicatorResult.count(Indicator.V1_DECISIONS, decided, extra);
    }
}
