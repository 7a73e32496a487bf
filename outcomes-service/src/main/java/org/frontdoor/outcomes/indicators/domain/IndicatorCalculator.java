package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * Every indicator of the period over the facts, indexed once per snapshot ({@link IndexedFacts}): a report reads
     * what is dated in its period and looks the rest up, so a period never asked before costs about as much as the
     * events in it, not as the whole history. The same answers as {@link #calculateWithoutIndex}.
     */
    public List<IndicatorResult> calculate(IndicatorFacts facts, ReportPeriod period, ReportFilter filter) {
        return calculate(indexed(facts), period, filter);
    }

    /**
     * Indexes the facts now, if they are not already, and works out every member's period-free figures (kept with
     * the index the first time a report needs them) by reporting over {@code everything}, a period that holds the
     * whole history; the answer is thrown away. The next report of this snapshot then pays only for its own period
     * ({@link IndicatorReport#prepare}).
     */
    public void prepare(IndicatorFacts facts, ReportPeriod everything) {
        prepare(indexed(facts), everything);
    }

    /** As {@link #prepare(IndicatorFacts, ReportPeriod)}, over an index already built ({@link #indexed}). */
    void prepare(IndexedFacts index, ReportPeriod everything) {
        calculate(index, everything, ReportFilter.NONE);
    }

    /** Forgets the index kept (a rebuild is about to replace the facts it is of). */
    synchronized void forget() {
        index = null;
    }

    /** Whether the facts' index is already built (it is kept for the latest snapshot asked about). */
    synchronized boolean isIndexed(IndicatorFacts facts) {
        return index != null && index.facts() == facts;
    }

    /**
     * The facts' index: built the first time a snapshot is asked about, kept while it is the latest (also the first
     * half of a preparation, {@link IndicatorReport#prepare}).
     */
    IndexedFacts indexed(IndicatorFacts facts) {
        synchronized (this) {
            if (index == null || index.facts() != facts) {
                index = new IndexedFacts(facts);
            }
            return index;
        }
    }

    private IndexedFacts index;

    private List<IndicatorResult> calculate(IndexedFacts index, ReportPeriod period, ReportFilter filter) {
        IndicatorFacts facts = index.facts();
        ReportScope scope = new ReportScope(filter, index);
        boolean filtered = scope.isFiltered();
        List<Referral> received = inScope(index.referralsByReceipt.in(period), scope::referralInScope, filtered);
        List<Referral> decided = inScope(index.referralsByFirstDecision.in(period), scope::referralInScope, filtered);
        CaseFacts cases = facts.cases();
        List<EarlyHelpCase> allocated = inScope(index.casesByFirstAllocation.in(period),
                earlyHelpCase -> scope.caseInScope(earlyHelpCase.caseId()), filtered);
        Map<String, List<CaseMembership>> scopedByChild = filtered
                ? CaseMembership.byChild(inScope(cases.memberships(), membership -> scope.caseInScope(
                        membership.caseId()), true))
                : index.casesByChild;
        List<CaseClosure> closures = inScope(index.closures.in(period), closure -> scope.caseInScope(closure.caseId()),
                filtered);
        List<Consultation> requested = inScope(index.consultationsByRequest.in(period), scope::consultationInScope,
                filtered);

        Function<IndicatorResult, IndicatorResult> byReferral = note(filtered ? scope.referralNote() : null);
        Function<IndicatorResult, IndicatorResult> byCase = note(filtered ? scope.caseNote() : null);
        Function<IndicatorResult, IndicatorResult> byConsultation = note(filtered ? scope.consultationNote() : null);

        List<IndicatorResult> results = new ArrayList<>();
        if (filtered) {
            results.add(byReferral.apply(volumes.contactsReceived(received)));
            results.add(byReferral.apply(volumes.decisionsOf(decided)));
            noFurtherAction.sharesOf(decided).stream().map(byReferral).forEach(results::add);
        } else {
            // the whole authority's counts: counted ahead in time order, a period's found by difference
            results.add(volumes.contactsCounted(index.contactCounts.in(period)));
            List<java.util.SortedMap<String, Long>> decisionCounts = index.decisionCounts.in(period);
            results.add(volumes.decisionsCounted(decisionCounts));
            results.addAll(noFurtherAction.sharesCounted(decisionCounts, Volumes.DECISION_BREAKDOWNS.size()));
        }
        results.add(byReferral.apply(timeliness.needToDecisionOf(decided, index)));
        timeliness.referralToAllocation(index, allocated, period).stream().map(byCase)
                .forEach(results::add);
        consultationTimeliness.requestToBookedAndHeld(requested, period).stream().map(byConsultation)
                .forEach(results::add);
        results.add(byConsultation.apply(camhsReferrals.appropriate(index, period, scope::consultationInScope)));
        String threeMonths = "Cohort limited to closures whose 3-month window has passed by " + period.asOf()
                + " (the others are in extra.pending).";
        closureFollowUp.afterClosure(index, scope::caseInScope, period).stream()
                .map(byCase).map(result -> result.withNote(threeMonths)).forEach(results::add);
        results.add(byCase.apply(socialCareWhileOpen.referredWhileOpen(index, scope::caseInScope, scopedByChild,
                period)));
        results.add(byReferral.apply(socialWorkAssessments.withoutEarlyHelpBefore(index, period,
                scope::referralInScope)));
        if (filtered) {
            results.add(IndicatorResult.notApplicable(Indicator.E4.id(), "Not available filtered by "
                    + filter.describe() + ": the social care closure feed names only the child (no locality, source "
                    + "or pathway)."));
        } else {
            results.add(stepDowns.steppedDown(index, period).withNote("Cohort limited to closures whose "
                    + "28 days have passed by " + period.asOf() + " (the others are in extra.pending)."));
        }
        reReferrals.rates(index, period, scope::referralInScope).stream().map(byReferral).forEach(results::add);
        reviewsAndDrift.indicators(index, scope::caseInScope, period).stream().map(byCase).forEach(results::add);
        webstarProgress.indicators(index, period, scope::caseInScope).stream().map(byCase).forEach(results::add);
        supportingFamilies.indicators(index, period, scope::caseInScope).stream().map(byCase).forEach(results::add);
        closureJudgements.shares(closures, period).stream().map(byCase).forEach(results::add);
        return List.copyOf(results);
    }

    private static <T> List<T> inScope(List<T> items, java.util.function.Predicate<T> inScope, boolean filtered) {
        return filtered ? items.stream().filter(inScope).toList() : items;
    }

    /**
     * Every indicator recomputed from the plain facts, with no index: each rule reading the whole history as written
     * in its class. The reference the indexed {@link #calculate} must equal (IndexedFactsTest).
     */
    List<IndicatorResult> calculateWithoutIndex(IndicatorFacts facts, ReportPeriod period, ReportFilter filter) {
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
