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
    private final CamhsReferrals camhsReferrals = new CamhsReferrals();
    private final ClosureFollowUp closureFollowUp = new ClosureFollowUp();
    private final SocialCareWhileOpen socialCareWhileOpen = new SocialCareWhileOpen();
    private final SocialWorkAssessments socialWorkAssessments = new SocialWorkAssessments();
    private final StepDowns stepDowns = new StepDowns();
    private final ReReferrals reReferrals = new ReReferrals();
    private final Timeliness timeliness;
    private final ConsultationTimeliness consultationTimeliness;

    public IndicatorCalculator(WorkingDays workingDays) {
        this.timeliness = new Timeliness(Objects.requireNonNull(workingDays, "workingDays"));
        this.consultationTimeliness = new ConsultationTimeliness(workingDays);
    }

    /** The referral and case indicators alone (no consultations, no social-care feed). */
    public List<IndicatorResult> calculate(Collection<Referral> referrals, CaseFacts cases, ReportPeriod period) {
        return calculate(referrals, cases, List.of(), SocialCareFeed.none(), period);
    }

    public List<IndicatorResult> calculate(Collection<Referral> referrals, CaseFacts cases,
                                           Collection<Consultation> consultations, SocialCareFeed socialCare,
                                           ReportPeriod period) {
        List<IndicatorResult> results = new ArrayList<>();
        results.add(volumes.contacts(referrals, period));
        results.add(volumes.decisions(referrals, period));
        results.addAll(noFurtherAction.shares(referrals, period));
        results.add(timeliness.needToDecision(referrals, period));
        results.addAll(timeliness.referralToAllocation(referrals, cases.cases(), period));
        results.addAll(consultationTimeliness.requestToBookedAndHeld(consultations, period));
        results.add(camhsReferrals.appropriate(consultations, period));
        results.addAll(closureFollowUp.afterClosure(referrals, cases.memberships(), period));
        results.add(socialCareWhileOpen.referredWhileOpen(referrals, cases.memberships(), period));
        results.add(socialWorkAssessments.withoutEarlyHelpBefore(referrals, cases.memberships(), period));
        results.add(stepDowns.steppedDown(socialCare, period));
        results.addAll(reReferrals.rates(referrals, period));
        results.addAll(closureJudgements.shares(cases.closures(), period));
        return List.copyOf(results);
    }
}
