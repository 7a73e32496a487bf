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

    private static final String DECIDED = "A1.decided";
    private static final String NFA = "A1.nfa";
    private static final String SOCIAL_CARE = "A1.social_care";
    private static final String SOCIAL_CARE_NFA = "A1.social_care.nfa";
    private static final String SOCIAL_CARE_NFA_EARLY_HELP = "A1.social_care.nfa_early_help";

    /** What A1 counts of one decided referral (counted ahead by indexed facts). */
    static List<String> keys(Referral referral) {
        List<String> keys = new java.util.ArrayList<>(4);
        keys.add(DECIDED);
        if (referral.isNoFurtherAction()) {
            keys.add(NFA);
        }
        if (referral.isSocialCare()) {
            keys.add(SOCIAL_CARE);
            if (referral.isNoFurtherAction()) {
                keys.add(SOCIAL_CARE_NFA);
            }
            if (referral.isNfaEarlyHelp()) {
                keys.add(SOCIAL_CARE_NFA_EARLY_HELP);
            }
        }
        return keys;
    }

    /** A1 from the counts of {@link #keys} over the referrals first decided in the period. */
    List<IndicatorResult> sharesCounted(Map<String, Long> counts) {
        long decided = counts.getOrDefault(DECIDED, 0L);
        long socialCare = counts.getOrDefault(SOCIAL_CARE, 0L);
        return List.of(
                IndicatorResult.share(Indicator.A1, counts.getOrDefault(NFA, 0L), decided, Map.of()),
                IndicatorResult.share(Indicator.A1_SOCIAL_CARE, counts.getOrDefault(SOCIAL_CARE_NFA, 0L), socialCare,
                        Map.of()),
                IndicatorResult.share(Indicator.A1_NFA_EARLY_HELP, counts.getOrDefault(SOCIAL_CARE_NFA_EARLY_HELP, 0L),
                        socialCare, Map.of()));
    }

    private static long count(List<Referral> referrals, Predicate<Referral> rule) {
        return referrals.stream().filter(rule).count();
    }
}
