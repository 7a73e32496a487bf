package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.frontdoor.workingdays.WorkingDays;

/**
 * T1: unassessed need to triage decision. The cohort is the referrals first-decided in the period;
 * the duration runs from {@code needIdentifiedAt} to the first {@code decidedAt}; the value is the %
 * of the cohort decided within one working day of {@code receivedAt}.
 * <p>T2: unassessed need to allocation: cases with a source referral whose first allocation is in the
 * period, from the referral's {@code needIdentifiedAt} to {@code allocatedAt}; numerator = denominator = n,
 * value = median hours. T3: the T2 cohort whose source referral's latest route is EARLY_HELP_TARGETED,
 * from {@code receivedAt} to {@code allocatedAt}.
 */
public final class Timeliness {

    private final WorkingDays workingDays;

    public Timeliness(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** A referral's T1 figures: they do not depend on the period, so indexed facts keep them once worked out. */
    record DecisionTiming(Duration elapsed, long workingDays, boolean withinOneWorkingDay) {
    }

    public IndicatorResult needToDecision(Collection<Referral> referrals, ReportPeriod period) {
        return needToDecisionOf(referrals.stream().filter(referral -> referral.isFirstDecidedIn(period)).toList(),
                this::timing);
    }

    /** T1 of the referrals first decided in the period, already chosen, with the figures the facts keep. */
    IndicatorResult needToDecisionOf(Collection<Referral> decided, IndexedFacts facts) {
        return needToDecisionOf(decided,
                referral -> facts.decisionTimings.computeIfAbsent(referral.referralId(), id -> timing(referral)));
    }

    private DecisionTiming timing(Referral referral) {
        Instant decidedAt = referral.firstDecision().orElseThrow().decidedAt();
        return new DecisionTiming(Duration.between(referral.needIdentifiedAt(), decidedAt),
                workingDays.workingDaysBetween(referral.needIdentifiedAt(), decidedAt),
                workingDays.withinOneWorkingDay(referral.receivedAt(), decidedAt));
    }

    private IndicatorResult needToDecisionOf(Collection<Referral> decided, Function<Referral, DecisionTiming> timings) {
        DurationSummary durations = new DurationSummary(workingDays);
        long withinOneWorkingDay = 0;
        for (Referral referral : decided) {
            DecisionTiming timing = timings.apply(referral);
            durations.add(timing.elapsed(), timing.workingDays());
            if (timing.withinOneWorkingDay()) {
                withinOneWorkingDay++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        durations.putInto(extra);
        extra.put("decided_within_1_working_day", withinOneWorkingDay);
        return IndicatorResult.share(Indicator.T1, withinOneWorkingDay, durations.n(), extra);
    }

    public List<IndicatorResult> referralToAllocation(Collection<Referral> referrals, Collection<EarlyHelpCase> cases,
                                                      ReportPeriod period) {
        Map<String, Referral> referralsById = referrals.stream()
                .collect(Collectors.toMap(Referral::referralId, Function.identity(), (first, second) -> first));
        return referralToAllocation(referralsById, cases, period);
    }

    /** A case's T2 / T3 figures (null: no source referral logged); they do not depend on the period. */
    record AllocationTiming(Duration needToAllocation, long needToAllocationWorkingDays, boolean targeted,
                            Duration receiptToAllocation, long receiptToAllocationWorkingDays) {
    }

    /** @param referralsById every referral by id (the first of an id); {@code cases} may be only those of the period */
    List<IndicatorResult> referralToAllocation(Map<String, Referral> referralsById, Collection<EarlyHelpCase> cases,
                                               ReportPeriod period) {
        return referralToAllocation(referralsById, cases, period, (earlyHelpCase, source) -> allocationTiming(
                earlyHelpCase, source));
    }

    /**
     * T2 and T3 of the cases first allocated in the period, already chosen ({@code cases}), with the figures the facts
     * keep per case.
     */
    List<IndicatorResult> referralToAllocation(IndexedFacts facts, Collection<EarlyHelpCase> cases,
                                               ReportPeriod period) {
        return referralToAllocation(facts.referralsById, cases, period, (earlyHelpCase, source) -> {
            AllocationTiming timing = facts.allocationTimings.get(earlyHelpCase);
            if (timing == null) {
                timing = allocationTiming(earlyHelpCase, source);
                facts.allocationTimings.put(earlyHelpCase, timing);
            }
            return timing;
        });
    }

    private AllocationTiming allocationTiming(EarlyHelpCase earlyHelpCase, Referral source) {
        Instant allocatedAt = earlyHelpCase.firstAllocatedAt();
        boolean targeted = source.latestDecision().map(Decision::isTargetedEarlyHelp).orElse(false);
        return new AllocationTiming(Duration.between(source.needIdentifiedAt(), allocatedAt),
                workingDays.workingDaysBetween(source.needIdentifiedAt(), allocatedAt), targeted,
                targeted ? Duration.between(source.receivedAt(), allocatedAt) : null,
                targeted ? workingDays.workingDaysBetween(source.receivedAt(), allocatedAt) : 0);
    }

    private List<IndicatorResult> referralToAllocation(
            Map<String, Referral> referralsById, Collection<EarlyHelpCase> cases, ReportPeriod period,
            java.util.function.BiFunction<EarlyHelpCase, Referral, AllocationTiming> timings) {
        DurationSummary needToAllocation = new DurationSummary(workingDays);
        DurationSummary targetedReceiptToAllocation = new DurationSummary(workingDays);
        long sourceReferralNotLogged = 0;
        for (EarlyHelpCase earlyHelpCase : cases) {
            if (earlyHelpCase.sourceReferral().isEmpty() || !earlyHelpCase.isFirstAllocatedIn(period)) {
                continue;
            }
            Referral source = referralsById.get(earlyHelpCase.sourceReferralId());
            if (source == null) {
                sourceReferralNotLogged++;
                continue;
            }
            AllocationTiming timing = timings.apply(earlyHelpCase, source);
            needToAllocation.add(timing.needToAllocation(), timing.needToAllocationWorkingDays());
            if (timing.targeted()) {
                targetedReceiptToAllocation.add(timing.receiptToAllocation(), timing.receiptToAllocationWorkingDays());
            }
        }
        return List.of(medianHours(Indicator.T2, needToAllocation, sourceReferralNotLogged),
                medianHours(Indicator.T3, targetedReceiptToAllocation, sourceReferralNotLogged));
    }

    private static IndicatorResult medianHours(Indicator indicator, DurationSummary durations, long sourceReferralNotLogged) {
        Map<String, Object> extra = new LinkedHashMap<>();
        durations.putInto(extra);
        extra.put("source_referral_not_logged", sourceReferralNotLogged);
        Optional<BigDecimal> median = durations.medianHours();
        return new IndicatorResult(indicator.id(), durations.n(), durations.n(), median.orElse(null), extra);
    }
}
