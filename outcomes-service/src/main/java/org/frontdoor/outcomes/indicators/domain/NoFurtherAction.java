package org.frontdoor.outcomes.indicators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A1: the share of referrals first-decided in the period whose latest route is NO_FURTHER_ACTION;
 * the same for the SOCIAL_CARE pathway alone; and the share of SOCIAL_CARE referrals that were
 * "NFA – Early Help". An NFA with early help offered counts in both A1 and A1.nfa_early_help.
 */
public final class NoFurtherAction {

    public List<IndicatorResult> shares(Collection<Referral> referrals, ReportPeriod period) {
        return sharesOf(referrals.stream().filter(referral -> referral.isFirstDecidedIn(period)).toList());
    }

    /** A1 of the referrals first decided in the period, already chosen (indexed facts). */
    List<IndicatorResult> sharesOf(List<Referral> decided) {
        List<Referral> socialCare = decided.stream().filter(Referral::isSocialCare).toList();
        return List.of(
                IndicatorResult.share(Indicator.A1, count(decided, Referral::isNoFurtherAction), decided.size(), Map.of()),
                IndicatorResult.share(Indicator.A1_SOCIAL_CARE, count(socialCare, Referral::isNoFurtherAction),
                        socialCare.size(), Map.of()),
                IndicatorResult.share(Indicator.A1_NFA_EARLY_HELP, count(socialCare, Referral::isNfaEarlyHelp),
                        socialCare.size(), Map.of()));
    }

    /** A1's counts of a decided referral, each a flag: decided, NFA, social care, social care NFA, NFA – Early Help. */
    static final int FLAGS = 5;
    private static final String YES = "yes";

    /** What A1 counts of one decided referral, as {@value #FLAGS} flags (null: not counted); counted ahead. */
    static String[] flags(Referral referral) {
        boolean nfa = referral.isNoFurtherAction();
        boolean socialCare = referral.isSocialCare();
        return new String[] {YES, nfa ? YES : null, socialCare ? YES : null, socialCare && nfa ? YES : null,
                referral.isNfaEarlyHelp() ? YES : null};
    }

    /** A1 from the counts of {@link #flags} (from {@code first} on in {@code counts}) over the period's decided. */
    List<IndicatorResult> sharesCounted(List<java.util.SortedMap<String, Long>> counts, int first) {
        long decided = counts.get(first).getOrDefault(YES, 0L);
        long socialCare = counts.get(first + 2).getOrDefault(YES, 0L);
        return List.of(
                IndicatorResult.share(Indicator.A1, counts.get(first + 1).getOrDefault(YES, 0L), decided, Map.of()),
                IndicatorResult.share(Indicator.A1_SOCIAL_CARE, counts.get(first + 3).getOrDefault(YES, 0L),
                        socialCare, Map.of()),
                IndicatorResult.share(Indicator.A1_NFA_EARLY_HELP, counts.get(first + 4).getOrDefault(YES, 0L),
                        socialCare, Map.of()));
    }

    private static long count(List<Referral> referrals, Predicate<Referral> rule) {
        return referrals.stream().filter(rule).count();
    }
}
