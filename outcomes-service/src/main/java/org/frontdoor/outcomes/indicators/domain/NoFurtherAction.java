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

    private static long count(List<Referral> referrals, Predicate<Referral> rule) {
        return referrals.stream().filter(rule).count();
    }
}
