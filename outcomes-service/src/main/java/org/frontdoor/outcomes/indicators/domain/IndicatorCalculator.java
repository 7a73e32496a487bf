package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Computes the indicators of a period from the facts of the event log alone (indicators.md is the exact rule). */
public final class IndicatorCalculator {

    private final Volumes volumes = new Volumes();
    private final NoFurtherAction noFurtherAction = new NoFurtherAction();
    private final ClosureJudgements closureJudgements = new ClosureJudgements();
    private final Timeliness timeliness;

    public IndicatorCalculator(WorkingDays workingDays) {
        this.timeliness = new Timeliness(Objects.requireNonNull(workingDays, "workingDays"));
    }

    public List<IndicatorResult> calculate(Collection<Referral> referrals, CaseFacts cases, ReportPeriod period) {
        List<IndicatorResult> results = new ArrayList<>();
        results.add(volumes.contacts(referrals, period));
        results.add(volumes.decisions(referrals, period));
        results.addAll(noFurtherAction.shares(referrals, period));
        results.add(timeliness.needToDecision(referrals, period));
        results.addAll(timeliness.referralToAllocation(referrals, cases.cases(), period));
        results.addAll(closureJudgements.shares(cases.closures(), period));
        return List.copyOf(results);
    }
}
