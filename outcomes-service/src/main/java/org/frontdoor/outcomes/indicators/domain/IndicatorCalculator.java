package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.frontdoor.workingdays.WorkingDays;

/**
 * Computes every indicator of a period from the facts of the event log alone (docs/indicators.md is the exact rule),
 * optionally filtered by locality, referral source and pathway ({@link ReportScope} says how a filter reaches each).
 */
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
    private final WebstarProgress webstarProgress;
    private final SupportingFamilies supportingFamilies;
    private final ReviewsAndDrift reviewsAndDrift;

    /** With the seeds' Webstar tools and family programme framework. */
    public IndicatorCalculator(WorkingDays workingDays) {
        this(workingDays, WebstarTools.defaults(), FamilyProgrammeFramework.STRENGTHENING_FAMILIES);
    }

    /** With the audit rule's drift thresholds (12 months, 3 reviews). */
    public IndicatorCalculator(WorkingDays workingDays, WebstarTools webstarTools, FamilyProgrammeFramework framework) {
        this(workingDays, webstarTools, framework, DriftRule.DEFAULT);
    }

    public IndicatorCalculator(WorkingDays workingDays, WebstarTools webstarTools, FamilyProgrammeFramework framework,
                               DriftRule drift) {
        this.timeliness = new Timeliness(Objects.requireNonNull(workingDays, "workingDays"));
        this.consultationTimeliness = new ConsultationTimeliness(workingDays);
        this.webstarProgress = new WebstarProgress(webstarTools);
        this.supportingFamilies = new SupportingFamilies(framework);
        this.reviewsAndDrift = new ReviewsAndDrift(drift);
    }

    /** The referral and case indicators alone (no consultations, no social-care feed). */
    public List<IndicatorResult> calculate(Collection<Referral> referrals, CaseFacts cases, ReportPeriod period) {
        return calculate(IndicatorFacts.of(referrals, cases), period, ReportFilter.NONE);
    }

    public List<IndicatorResult> calculate(Collection<Referral> referrals, CaseFacts cases,
                                           Collection<Consultation> consultations, SocialCareFeed socialCare,
                                           ReportPeriod period) {
        return calculate(new IndicatorFacts(List.copyOf(referrals), cases, List.copyOf(consultations), socialCare,
                List.of(), FamilyProgrammeFacts.none()), period, ReportFilter.NONE);
    }

    public List<IndicatorResult> calculate(IndicatorFacts facts, ReportPeriod period, ReportFilter filter) {
        ReportScope scope = new ReportScope(filter, facts);
        List<Referral> referrals = facts.referrals();
        List<Referral> scopedReferrals = scope.isFiltered()
                ? referrals.stream().filter(scope::referralInScope).toList() : referrals;
        CaseFacts cases = facts.cases();
        List<EarlyHelpCase> scopedCases = cases.cases().stream()
                .filter(earlyHelpCase -> scope.caseInScope(earlyHelpCase.caseId())).toList();
        List<CaseMembership> scopedMemberships = cases.memberships().stream()
                .filter(membership -> scope.caseInScope(membership.caseId())).toList();
        List<CaseClosure> scopedClosures = cases.closures().stream()
                .filter(closure -> scope.caseInScope(closure.caseId())).toList();
        List<Consultation> scopedConsultations = facts.consultations().stream()
                .filter(scope::consultationInScope).toList();

        Function<IndicatorResult, IndicatorResult> byReferral = note(scope.isFiltered() ? scope.referralNote() : null);
        Function<IndicatorResult, IndicatorResult> byCase = note(scope.isFiltered() ? scope.caseNote() : null);
        Function<IndicatorResult, IndicatorResult> byConsultation =
                note(scope.isFiltered() ? scope.consultationNote() : null);

        List<IndicatorResult> results = new ArrayList<>();
        results.add(byReferral.apply(volumes.contacts(scopedReferrals, period)));
        results.add(byReferral.apply(volumes.decisions(scopedReferrals, period)));
        noFurtherAction.shares(scopedReferrals, period).stream().map(byReferral).forEach(results::add);
        results.add(byReferral.apply(timeliness.needToDecision(scopedReferrals, period)));
        timeliness.referralToAllocation(referrals, scopedCases, period).stream().map(byCase).forEach(results::add);
        consultationTimeliness.requestToBookedAndHeld(scopedConsultations, period).stream().map(byConsultation)
                .forEach(results::add);
        results.add(byConsultation.apply(camhsReferrals.appropriate(facts.consultations(), period,
                scope::consultationInScope)));
        String threeMonths = "Cohort limited to closures whose 3-month window has passed by " + period.asOf()
                + " (the others are in extra.pending).";
        closureFollowUp.afterClosure(referrals, scopedMemberships, cases.memberships(), period).stream()
                .map(byCase).map(result -> result.withNote(threeMonths)).forEach(results::add);
        results.add(byCase.apply(socialCareWhileOpen.referredWhileOpen(referrals, scopedMemberships, period)));
        results.add(byReferral.apply(socialWorkAssessments.withoutEarlyHelpBefore(referrals, cases.memberships(), period,
                scope::referralInScope)));
        if (scope.isFiltered()) {
            results.add(IndicatorResult.notApplicable(Indicator.E4.id(), "Not available filtered by "
                    + filter.describe() + ": the social care closure feed names only the child (no locality, source "
                    + "or pathway)."));
        } else {
            results.add(stepDowns.steppedDown(facts.socialCare(), period).withNote("Cohort limited to closures whose "
                    + "28 days have passed by " + period.asOf() + " (the others are in extra.pending)."));
        }
        reReferrals.rates(referrals, period, scope::referralInScope).stream().map(byReferral).forEach(results::add);
        reviewsAndDrift.indicators(scopedMemberships, cases.reviews(), period).stream().map(byCase)
                .forEach(results::add);
        webstarProgress.indicators(facts.webstars(), period, scope::caseInScope).stream().map(byCase)
                .forEach(results::add);
        supportingFamilies.indicators(facts.familyProgramme(), referrals, period, scope::caseInScope).stream()
                .map(byCase).forEach(results::add);
        closureJudgements.shares(scopedClosures, period).stream().map(byCase).forEach(results::add);
        return List.copyOf(results);
    }

    private static Function<IndicatorResult, IndicatorResult> note(String note) {
        return result -> result.withNote(note);
    }
}
