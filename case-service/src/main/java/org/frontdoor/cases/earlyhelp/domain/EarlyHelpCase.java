package org.frontdoor.cases.earlyhelp.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A family's targeted early help case: who is in it, who leads it, and whether it is open or closed.
 *
 * <p>Immutable. Each change returns the new state and the events it caused ({@link Change}); the store saves
 * both in one write. Rules:
 * <ul>
 *   <li>a case opens from a triage decision routed to targeted early help, with the decision's children and family;</li>
 *   <li>an open case may be (re)allocated to a lead professional (allocating the same one again is no change);
 *       a closed case may not; a reallocation to someone else carries a handover note, and every allocation is
 *       kept as the case's lead professional history;</li>
 *   <li>a case is led before it closes: an unallocated case cannot be closed;</li>
 *   <li>closing for outcomes achieved or a step-down to universal services needs the lead professional's judgement,
 *       and "outcomes achieved" cannot be judged "not achieved";</li>
 *   <li>only a closed case can be reopened; it reopens with its lead professional, and keeps its earlier closures;</li>
 *   <li>an open case records Webstars (for its children, its parent members, or the family), the family's themes and
 *       plan reviews; outcome evidence for an identified theme is taken open or closed;</li>
 *   <li>a step-up to social care closes the case, as {@code STEPPED_UP_TO_SOCIAL_CARE}, in the same change;</li>
 *   <li>an open case's family plan is agreed in versions (a changed plan is the next version, the earlier ones are
 *       kept); its actions are reassigned and their status moved on in the current version, without re-agreeing
 *       it; a review records who attended, each goal's progress and the Webstars taken.</li>
 * </ul>
 */
public final class EarlyHelpCase {

    /** Longest closing summary kept (free text; stays in this service). */
    public static final int SUMMARY_MAX_LENGTH = 4000;

    private final String caseId;
    private final long revision;
    private final CaseStatus status;
    private final String familyId;
    private final List<FamilyMember> members;
    private final String sourceReferralId;
    private final String locality;
    private final Instant openedAt;
    private final LeadProfessional leadProfessional;
    private final Closure closure;
    private final List<Closure> earlierClosures;
    private final Instant reopenedAt;
    private final CaseWork work;

    private EarlyHelpCase(String caseId, long revision, CaseStatus status, String familyId, List<FamilyMember> members,
                          String sourceReferralId, String locality, Instant openedAt,
                          LeadProfessional leadProfessional, Closure closure, List<Closure> earlierClosures,
                          Instant reopenedAt, CaseWork work) {
        this.caseId = requireText(caseId, "caseId");
        this.revision = revision;
        this.status = Objects.requireNonNull(status, "status");
        this.familyId = requireText(familyId, "familyId");
        this.members = List.copyOf(members);
        if (this.members.stream().noneMatch(FamilyMember::isChild)) {
            throw new IllegalArgumentException("an early help case needs at least one child");
        }
        this.sourceReferralId = sourceReferralId;
        this.locality = locality;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.leadProfessional = leadProfessional;
        this.closure = closure;
        this.earlierClosures = List.copyOf(earlierClosures);
        this.reopenedAt = reopenedAt;
        this.work = Objects.requireNonNull(work, "work");
        if ((status == CaseStatus.CLOSED) != (closure != null)) {
            throw new IllegalArgumentException("a case has a closure exactly when it is closed");
        }
    }

    /** The case a referral's decision opens always has the same id, so a decision delivered twice opens one case. */
    public static String idForReferral(String referralId) {
        return UUID.nameUUIDFromBytes(("case:" + referralId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Opens the case a targeted early help decision calls for, dated at the decision.
     *
     * @throws IllegalArgumentException if the decision is not routed to targeted early help or names no family
     */
    public static Change openFrom(TriageRouting decision) {
        if (!decision.route().opensEarlyHelpCase()) {
            throw new IllegalArgumentException("route " + decision.route() + " does not open an early help case");
        }
        if (decision.familyId() == null || decision.familyId().isBlank()) {
            throw new IllegalArgumentException("decision on referral " + decision.referralId()
                    + " is routed to targeted early help but names no family");
        }
        if (decision.childIds().isEmpty()) {
            throw new IllegalArgumentException("decision on referral " + decision.referralId() + " names no child");
        }
        List<FamilyMember> members = decision.childIds().stream().distinct().map(FamilyMember::child).toList();
        EarlyHelpCase opened = new EarlyHelpCase(idForReferral(decision.referralId()), 0, CaseStatus.OPEN,
                decision.familyId(), members, decision.referralId(), decision.locality(), decision.decidedAt(),
                null, null, List.of(), null, CaseWork.NONE);
        return new Change(opened, List.of(new CaseEvent.Opened(opened.caseId, opened.openedAt, opened.familyId,
                opened.members, opened.sourceReferralId, opened.locality)));
    }

    /** A case as it was stored. */
    public static EarlyHelpCase restore(String caseId, long revision, CaseStatus status, String familyId,
                                        List<FamilyMember> members, String sourceReferralId, String locality,
                                        Instant openedAt, LeadProfessional leadProfessional, Closure closure,
                                        List<Closure> earlierClosures, Instant reopenedAt, CaseWork work) {
        return new EarlyHelpCase(caseId, revision, status, familyId, members, sourceReferralId, locality, openedAt,
                leadProfessional, closure, earlierClosures, reopenedAt, work);
    }

    /**
     * Makes {@code lead} the case's lead professional, first time or instead of the present one, with who allocated
     * unknown and no handover note (as before allocations were kept); see {@link #allocate(LeadProfessional, String,
     * String, RequestKey)}.
     */
    public Change allocate(LeadProfessional lead) {
        return allocate(lead, null, null, null);
    }

    /**
     * Makes {@code lead} the case's lead professional: the first allocation, or a reallocation to another lead
     * professional instead of the present one. Allocating the present lead professional again, with the same agency,
     * changes nothing and causes no event (a retried request). A reallocation to someone else needs a handover note
     * for the new lead professional (kept with the allocation, never published); the case's plan, reviews and next
     * review date are the case's, and stay as they are. Every allocation is kept ({@link #leadProfessionalHistory}).
     *
     * @param by           who allocates (the token subject), or {@code null} if unknown
     * @param handoverNote what the new lead professional needs to know; required on a reallocation
     */
    public Change allocate(LeadProfessional lead, String by, String handoverNote, RequestKey key) {
        Objects.requireNonNull(lead, "lead");
        boolean reallocation = leadProfessional != null && !leadProfessional.is(lead.professionalId());
        String note = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
        if (note != null && note.length() > Allocation.HANDOVER_NOTE_MAX_LENGTH) {
            throw new InvalidCaseChange("handoverNote", "is longer than " + Allocation.HANDOVER_NOTE_MAX_LENGTH
                    + " characters");
        }
        if (isClosed()) {
            throw new CaseStateConflict("The early help case is closed: reopen it before allocating");
        }
        if (leadProfessional != null && leadProfessional.is(lead.professionalId())
                && leadProfessional.agency() == lead.agency()) {
            return new Change(this, List.of());
        }
        if (reallocation && note == null) {
            throw new InvalidCaseChange("handoverNote", "a case led by someone else is reallocated with a handover "
                    + "note for the new lead professional");
        }
        CaseWork kept = work;
        if (work.allocations().isEmpty() && leadProfessional != null) {
            // allocated before allocations were kept: the present lead professional starts the history
            kept = kept.with(new Allocation(leadProfessional.professionalId(), leadProfessional.agency(),
                    leadProfessional.allocatedAt(), null, null, null));
        }
        kept = kept.with(new Allocation(lead.professionalId(), lead.agency(), lead.allocatedAt(), by, note, key));
        EarlyHelpCase allocated = new EarlyHelpCase(caseId, revision, status, familyId, members, sourceReferralId,
                locality, openedAt, lead, null, earlierClosures, reopenedAt, kept);
        return new Change(allocated, List.of(new CaseEvent.LeadAllocated(caseId, lead.allocatedAt(),
                lead.professionalId(), lead.agency(), reallocation ? leadProfessional.professionalId() : null)));
    }

    /** Every lead professional the case has had, oldest first, each from their allocation until the next. */
    public List<LeadProfessionalSpell> leadProfessionalHistory() {
        return LeadProfessionalSpell.of(work.allocations(), leadProfessional);
    }

    /**
     * Closes the case for {@code reason}, with the lead professional's judgement where the reason needs one. Closing
     * for {@link ClosureReason#STEPPED_UP_TO_SOCIAL_CARE} is a step-up of all the case's children (see
     * {@link #stepUp}): a case never closes for that reason without saying so on the topic.
     */
    public Change close(ClosureReason reason, ClosureJudgement judgement, String summary, String closedBy,
                            Instant closedAt) {
        if (reason == ClosureReason.STEPPED_UP_TO_SOCIAL_CARE) {
            return stepUp(childIds(), null, judgement, summary, closedBy, closedAt);
        }
        EarlyHelpCase closed = closed(reason, judgement, summary, closedBy, closedAt, work);
        return new Change(closed, List.of(new CaseEvent.Closed(caseId, closedAt, reason, judgement, familyId,
                childIds())));
    }

    /**
     * Steps the case up to children's social care: concerns have escalated beyond early help. The statutory service
     * takes over, so the case closes in the same change with reason {@code STEPPED_UP_TO_SOCIAL_CARE} (and the lead
     * professional's judgement, if given); it can be reopened if social care steps the family back down.
     *
     * @param children   the children stepped up: some or all of the case's children
     * @param referralId the social care referral the step-up made, if known (a pseudonymous id), else {@code null}
     */
    public Change stepUp(List<String> children, String referralId, ClosureJudgement judgement, String summary,
                             String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        if (children == null || children.isEmpty()) {
            problems.add(new Problem("childIds", "name at least one of the case's children"));
        } else {
            for (int i = 0; i < children.size(); i++) {
                if (!childIds().contains(children.get(i))) {
                    problems.add(new Problem("childIds[" + i + "]", "is not a child in this case; its children are "
                            + childIds()));
                }
            }
        }
        if (referralId != null && !LeadProfessional.isProfessionalId(referralId)) {
            problems.add(new Problem("referralId", "must be the social care referral's pseudonymous id (1 to 64 "
                    + "letters, digits, '.', '_', ':' or '-')"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        List<String> steppedUp = children.stream().distinct().toList();
        StepUp stepUp = new StepUp(steppedUp, referralId, at, by);
        EarlyHelpCase closed = closed(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, judgement, summary, by, at,
                work.with(stepUp));
        return new Change(closed, List.of(
                new CaseEvent.SteppedUp(caseId, at, steppedUp, referralId),
                new CaseEvent.Closed(caseId, at, ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, judgement, familyId,
                        childIds())));
    }

    private EarlyHelpCase closed(ClosureReason reason, ClosureJudgement judgement, String summary, String closedBy,
                                 Instant closedAt, CaseWork workAfter) {
        if (reason == null) {
            throw new InvalidCaseChange("reason", "a closure needs a reason");
        }
        if (reason.requiresJudgement() && judgement == null) {
            throw new InvalidCaseChange("judgement", "closing for this reason needs the lead professional's "
                    + "judgement of how far outcomes were achieved");
        }
        if (reason == ClosureReason.OUTCOMES_ACHIEVED && judgement == ClosureJudgement.NOT_ACHIEVED) {
            throw new InvalidCaseChange("judgement", "a case closed for outcomes achieved cannot be judged NOT_ACHIEVED");
        }
        if (summary != null && summary.length() > SUMMARY_MAX_LENGTH) {
            throw new InvalidCaseChange("summary", "the summary is longer than " + SUMMARY_MAX_LENGTH + " characters");
        }
        if (isClosed()) {
            throw new CaseStateConflict("The early help case is already closed");
        }
        if (leadProfessional == null) {
            throw new CaseStateConflict("The early help case has no lead professional: a case is led before it "
                    + "closes");
        }
        String keptSummary = summary == null || summary.isBlank() ? null : summary.strip();
        Closure closing = new Closure(reason, judgement, keptSummary, closedAt, closedBy);
        return new EarlyHelpCase(caseId, revision, CaseStatus.CLOSED, familyId, members, sourceReferralId, locality,
                openedAt, leadProfessional, closing, earlierClosures, reopenedAt, workAfter);
    }

    /**
     * Adds a parent or carer to the family's case (so their individual Webstar can be recorded). Adding someone
     * who is already a parent member is no change; a child of the case, or the family's own id, cannot be added.
     */
    public Change addParent(String personId) {
        if (!LeadProfessional.isProfessionalId(personId)) {
            throw new InvalidCaseChange("personId", "must be the person's pseudonymous person-index id (1 to 64 "
                    + "letters, digits, '.', '_', ':' or '-')");
        }
        if (personId.equals(familyId) || childIds().contains(personId)) {
            throw new InvalidCaseChange("personId", "is the family or a child of this case, not a parent or carer");
        }
        requireOpen("add a family member");
        if (members.stream().anyMatch(m -> m.personId().equals(personId))) {
            return new Change(this, List.of());
        }
        List<FamilyMember> more = new ArrayList<>(members);
        more.add(new FamilyMember(personId, MemberRole.PARENT));
        return new Change(new EarlyHelpCase(caseId, revision, status, familyId, more, sourceReferralId, locality,
                openedAt, leadProfessional, closure, earlierClosures, reopenedAt, work), List.of());
    }

    /**
     * Records a Webstar. A child's star is for a child of the case, a parent's for a parent member, the family's
     * star has the family id as its person. The scores must fit the tool (checked by the caller against the
     * reference data, see {@link AssessmentTool#check}); the case must be open.
     */
    public Change recordWebstar(WebstarAssessment webstar) {
        Optional<Problem> problem = webstarPersonProblem(webstar);
        if (problem.isPresent()) {
            throw new InvalidCaseChange(List.of(problem.get()));
        }
        requireOpen("record a Webstar");
        return new Change(with(work.with(webstar)), List.of(new CaseEvent.WebstarRecorded(caseId, webstar)));
    }

    private Optional<Problem> webstarPersonProblem(WebstarAssessment webstar) {
        boolean personFits = switch (webstar.role()) {
            case CHILD -> childIds().contains(webstar.personId());
            case PARENT -> members.stream().anyMatch(m -> m.role() == MemberRole.PARENT
                    && m.personId().equals(webstar.personId()));
            case FAMILY -> familyId.equals(webstar.personId());
        };
        if (personFits) {
            return Optional.empty();
        }
        return Optional.of(new Problem("personId", switch (webstar.role()) {
            case CHILD -> "is not a child in this case; its children are " + childIds();
            case PARENT -> "is not a parent member of this case; add them with POST /api/cases/{caseId}/members "
                    + "first";
            case FAMILY -> "a family Webstar's personId is the case's familyId '" + familyId + "'";
        }));
    }

    /**
     * Identifies the family's themes in the authority's framework (replacing any identified before). Each theme must
     * be one of the framework's; the same framework and themes again is no change. The case must be open.
     */
    public Change identifyThemes(ThemeFramework framework, List<String> themes, String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        if (themes == null || themes.isEmpty()) {
            problems.add(new Problem("themes", "name at least one of the " + framework.code() + " themes "
                    + framework.themes()));
        } else {
            for (int i = 0; i < themes.size(); i++) {
                if (!framework.hasTheme(themes.get(i))) {
                    problems.add(new Problem("themes[" + i + "]", "is not a theme of " + framework.code() + " version " + framework.version() + "; expected one of "
                            + framework.themes()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        requireOpen("identify the family's themes");
        List<String> distinct = framework.themes().stream().filter(themes::contains).toList();
        if (work.themes() != null && work.themes().sameAs(framework.code(), framework.version(), distinct)) {
            return new Change(this, List.of());
        }
        FamilyThemes identified = new FamilyThemes(framework.code(), framework.version(), distinct, at, by);
        return new Change(with(work.with(identified)), List.of(new CaseEvent.ThemesIdentified(caseId, familyId,
                identified)));
    }

    /**
     * Records evidence that a theme's outcome has been achieved and sustained since {@code sustainedFrom}. The theme
     * must be one identified for the family; a window in weeks may be given only for an employment theme, and is
     * then 13 or 26. Evidence often comes after the case has closed (an outcome is sustained for months), so a
     * closed case takes it too.
     *
     * @param today the date now in the authority's time zone: the outcome cannot be sustained from a later date
     */
    public Change evidenceOutcome(ThemeFramework framework, OutcomeEvidence evidence, LocalDate today) {
        FamilyThemes themes = work.themes();
        List<Problem> problems = new ArrayList<>();
        if (themes == null) {
            throw new CaseStateConflict("No themes are identified for the family on this case: identify them "
                    + "before evidencing outcomes");
        }
        if (!themes.includes(evidence.theme())) {
            problems.add(new Problem("theme", "is not one of the family's identified themes " + themes.themes()));
        }
        if (evidence.sustainedFrom().isAfter(today)) {
            problems.add(new Problem("sustainedFrom", "cannot be after today (" + today + ")"));
        }
        if (evidence.windowWeeks() != null) {
            boolean employment = themes.framework().equals(framework.code()) && framework.isEmploymentTheme(
                    evidence.theme());
            if (!employment) {
                problems.add(new Problem("windowWeeks", "only evidence for an employment theme "
                        + framework.employmentThemes() + " names a window; leave it out for the framework's default"));
            } else if (!ThemeFramework.EMPLOYMENT_WINDOWS_WEEKS.contains(evidence.windowWeeks())) {
                problems.add(new Problem("windowWeeks", "must be 13 or 26 (weeks of continuous employment)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        return new Change(with(work.with(evidence)), List.of(new CaseEvent.OutcomeEvidenced(caseId, familyId,
                evidence)));
    }

    /**
     * Records a review of the family's plan, numbered on from the case's last review, with its date and next review
     * date only (see the full {@link #reviewPlan(String, Instant, LocalDate, LocalDate, List, Map, List, String,
     * Instant, RequestKey) reviewPlan}).
     */
    public Change reviewPlan(String reviewId, Instant reviewedAt, LocalDate reviewedOn,
                                 LocalDate nextReviewDue, String by, Instant now, RequestKey key) {
        return reviewPlan(reviewId, reviewedAt, reviewedOn, nextReviewDue, List.of(), Map.of(), List.of(), by, now,
                key);
    }

    /**
     * Records a review of the family's plan, numbered on from the case's last review. A review is not dated before
     * the case opened nor before the previous review, and the next review is due after this one (the authority's
     * interval is the caller's to check, {@link ReviewInterval}). The case must be open.
     *
     * <p>Attendees are recorded by part and agency: a family member attends for no agency, anyone else for one.
     * Progress, when given, is given for every goal of the current plan and for nothing else. Webstars taken at the
     * review are recorded on the case as any Webstar is ({@link #recordWebstar}), each with its own event.
     *
     * @param reviewedOn   the review's date in the authority's time zone
     * @param goalProgress goal id to progress: empty, or every goal of the current plan
     * @param webstars     the Webstars taken at the review, already checked against their tools
     */
    public Change reviewPlan(String reviewId, Instant reviewedAt, LocalDate reviewedOn, LocalDate nextReviewDue,
                             List<ReviewAttendee> attendees, Map<String, GoalProgress> goalProgress,
                             List<WebstarAssessment> webstars, String by, Instant now, RequestKey key) {
        List<Problem> problems = new ArrayList<>();
        if (reviewedAt.isBefore(openedAt)) {
            problems.add(new Problem("reviewedAt", "cannot be before the case opened (" + openedAt + ")"));
        }
        PlanReview previous = work.reviews().isEmpty() ? null : work.reviews().get(work.reviews().size() - 1);
        if (previous != null && reviewedAt.isBefore(previous.reviewedAt())) {
            problems.add(new Problem("reviewedAt", "cannot be before the previous review (" + previous.reviewedAt()
                    + ")"));
        }
        if (nextReviewDue != null && !nextReviewDue.isAfter(reviewedOn)) {
            problems.add(new Problem("nextReviewDue", "must be after the review's date"));
        }
        for (int i = 0; i < attendees.size(); i++) {
            ReviewAttendee attendee = attendees.get(i);
            if (attendee.role().isFamily() && attendee.agency() != null) {
                problems.add(new Problem("attendees[" + i + "].agency", "a member of the family attends for no "
                        + "agency: leave it out"));
            } else if (!attendee.role().isFamily() && attendee.agency() == null) {
                problems.add(new Problem("attendees[" + i + "].agency", "name the agency a professional attended "
                        + "for"));
            }
        }
        PlanVersion plan = work.currentPlan().orElse(null);
        if (!goalProgress.isEmpty()) {
            if (plan == null) {
                problems.add(new Problem("goalProgress", "the case has no agreed family plan: agree one before "
                        + "recording progress on its goals"));
            } else if (!goalProgress.keySet().equals(plan.goals().stream().map(PlanGoal::goalId)
                    .collect(java.util.stream.Collectors.toSet()))) {
                problems.add(new Problem("goalProgress", "give the progress of each goal of the current plan "
                        + "(version " + plan.version() + ", goals " + plan.goals().stream().map(PlanGoal::goalId)
                        .toList() + ") and of no other"));
            }
        }
        for (int i = 0; i < webstars.size(); i++) {
            String at = "webstars[" + i + "].";
            webstarPersonProblem(webstars.get(i))
                    .ifPresent(problem -> problems.add(new Problem(at + problem.field(), problem.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        requireOpen("review the plan");
        Map<String, GoalProgress> inPlanOrder = new java.util.LinkedHashMap<>();
        if (plan != null) {
            plan.goals().stream().map(PlanGoal::goalId).filter(goalProgress::containsKey)
                    .forEach(goalId -> inPlanOrder.put(goalId, goalProgress.get(goalId)));
        }
        PlanReview review = new PlanReview(reviewId, work.reviews().size() + 1, reviewedAt, nextReviewDue,
                attendees, plan == null ? null : plan.version(), inPlanOrder,
                webstars.stream().map(WebstarAssessment::assessmentId).toList(), by, now, key);
        CaseWork after = work;
        List<CaseEvent> events = new ArrayList<>();
        for (WebstarAssessment webstar : webstars) {
            after = after.with(webstar);
            events.add(new CaseEvent.WebstarRecorded(caseId, webstar));
        }
        events.add(new CaseEvent.PlanReviewed(caseId, review));
        return new Change(with(after.with(review)), events);
    }

    /**
     * Agrees the family plan with the family: the first version, or the next one replacing the current plan (which
     * stays readable as it stood). Each goal is for a person of the case or the whole family ({@code personId}
     * {@code null}), under a theme of the authority's framework, about an area of the Webstar that fits whom it is
     * for (the family's star for a whole-family goal, an individual star for a member's) if about one, and met after
     * the day it is agreed. An action is owned by a practitioner of an agency, or by a member of the family (who
     * names no agency), and is not due before the case opened. The case must be open.
     *
     * @param today the London date of the agreement
     */
    public Change agreePlan(List<PlanGoal> goals, String familyView, ThemeFramework framework, AssessmentTools tools,
                            Instant at, LocalDate today, String by, RequestKey key) {
        List<Problem> problems = new ArrayList<>();
        if (goals == null || goals.isEmpty()) {
            problems.add(new Problem("goals", "agree at least one goal with the family"));
        } else {
            for (int i = 0; i < goals.size(); i++) {
                problems.addAll(goalProblems("goals[" + i + "]", goals.get(i), framework, tools, today));
            }
        }
        if (familyView != null && familyView.length() > PLAN_TEXT_MAX_LENGTH) {
            problems.add(new Problem("familyView", "is longer than " + PLAN_TEXT_MAX_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        requireOpen("agree the family plan");
        String keptView = familyView == null || familyView.isBlank() ? null : familyView.strip();
        PlanVersion agreed = new PlanVersion(work.plans().size() + 1, goals, keptView, framework.code(),
                framework.version(), at, by, null, key);
        return new Change(with(work.with(agreed)), List.of(new CaseEvent.PlanAgreed(caseId, agreed)));
    }

    /**
     * Reassigns an action of the current plan, or moves its status on, or both: an update of the current version,
     * not a re-agreement (the goals stay as agreed). The new owner follows the plan's owner rule. The case must be
     * open and have a plan with that action.
     *
     * @throws NotInPlan if the current plan has no such action (or there is no plan)
     */
    public Change updateAction(ActionUpdate update) {
        PlanVersion plan = work.currentPlan().orElseThrow(() -> new NotInPlan("The case has no agreed family plan"));
        if (plan.action(update.actionId()).isEmpty()) {
            throw new NotInPlan("The current family plan (version " + plan.version() + ") has no action with this id");
        }
        if (update.planVersion() != plan.version()) {
            throw new IllegalArgumentException("an update is to the current plan");
        }
        if (update.newOwner() != null) {
            List<Problem> problems = ownerProblems("owner", update.newOwner());
            if (!problems.isEmpty()) {
                throw new InvalidCaseChange(problems);
            }
        }
        requireOpen("update the family plan");
        return new Change(with(work.with(update)), List.of());
    }

    /** Longest goal, action or family's-words text kept (free text; stays in this service). */
    public static final int PLAN_TEXT_MAX_LENGTH = 2000;

    private List<Problem> goalProblems(String at, PlanGoal goal, ThemeFramework framework, AssessmentTools tools,
                                       LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (goal.personId() != null && members.stream().noneMatch(m -> m.personId().equals(goal.personId()))) {
            problems.add(new Problem(at + ".personId", "is not a person of this case; leave it out for a goal for "
                    + "the whole family"));
        }
        if (!framework.hasTheme(goal.theme())) {
            problems.add(new Problem(at + ".theme", "is not a theme of " + framework.code() + " version "
                    + framework.version() + "; expected one of " + framework.themes()));
        }
        if (goal.webstarArea() != null) {
            AssessmentTool tool = goal.isForWholeFamily() ? tools.family() : tools.individual();
            if (!tool.areas().contains(goal.webstarArea())) {
                problems.add(new Problem(at + ".webstarArea", "is not an area of " + tool.code() + " (the star of "
                        + (goal.isForWholeFamily() ? "the whole family" : "a family member") + "); expected one of "
                        + tool.areas()));
            }
        }
        if (goal.difference().isBlank() || goal.difference().length() > PLAN_TEXT_MAX_LENGTH) {
            problems.add(new Problem(at + ".difference", "say what will be different, in at most "
                    + PLAN_TEXT_MAX_LENGTH + " characters"));
        }
        if (!goal.targetDate().isAfter(today)) {
            problems.add(new Problem(at + ".targetDate", "must be after the day the plan is agreed (" + today + ")"));
        }
        LocalDate openedOn = openedAt.atZone(RecordCaseWork.LOCAL_TIME).toLocalDate();
        for (int j = 0; j < goal.actions().size(); j++) {
            PlanAction action = goal.actions().get(j);
            String actionAt = at + ".actions[" + j + "]";
            if (action.action().isBlank() || action.action().length() > PLAN_TEXT_MAX_LENGTH) {
                problems.add(new Problem(actionAt + ".action", "say what is to be done, in at most "
                        + PLAN_TEXT_MAX_LENGTH + " characters"));
            }
            problems.addAll(ownerProblems(actionAt + ".owner", action.owner()));
            if (action.dueDate().isBefore(openedOn)) {
                problems.add(new Problem(actionAt + ".dueDate", "cannot be before the case opened (" + openedOn
                        + ")"));
            }
        }
        return problems;
    }

    private List<Problem> ownerProblems(String at, ActionOwner owner) {
        if (!LeadProfessional.isProfessionalId(owner.personId())) {
            return List.of(new Problem(at + ".personId", "must be a practitioner's identity-provider id or a family "
                    + "member's person id (1 to 64 letters, digits, '.', '_', ':' or '-')"));
        }
        boolean family = owner.personId().equals(familyId)
                || members.stream().anyMatch(m -> m.personId().equals(owner.personId()));
        if (!family && owner.agency() == null) {
            return List.of(new Problem(at + ".agency", "name the agency of a practitioner who owns an action (only "
                    + "a member of the family owns one for no agency)"));
        }
        return List.of();
    }

    /** What this caller's idempotency key created on the case before, if anything. */
    public Optional<Keyed> createdWith(RequestKey key) {
        return work.createdWith(key);
    }

    private void requireOpen(String what) {
        if (isClosed()) {
            throw new CaseStateConflict("The early help case is closed: reopen it to " + what);
        }
    }

    private EarlyHelpCase with(CaseWork workAfter) {
        return new EarlyHelpCase(caseId, revision, status, familyId, members, sourceReferralId, locality, openedAt,
                leadProfessional, closure, earlierClosures, reopenedAt, workAfter);
    }

    /** Reopens a closed case with its lead professional; its closure joins the earlier closures. */
    public Change reopen(Instant at) {
        if (!isClosed()) {
            throw new CaseStateConflict("The early help case is open: only a closed case can be reopened");
        }
        List<Closure> closures = new ArrayList<>(earlierClosures);
        closures.add(closure);
        EarlyHelpCase reopened = new EarlyHelpCase(caseId, revision, CaseStatus.OPEN, familyId, members,
                sourceReferralId, locality, openedAt, leadProfessional, null, closures, at, work);
        return new Change(reopened, List.of(new CaseEvent.Reopened(caseId, at, familyId, childIds())));
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    public boolean isAllocated() {
        return leadProfessional != null;
    }

    public boolean isLedBy(String personId) {
        return leadProfessional != null && leadProfessional.is(personId);
    }

    public List<String> childIds() {
        return members.stream().filter(FamilyMember::isChild).map(FamilyMember::personId).toList();
    }

    public String caseId() {
        return caseId;
    }

    /** The stored version this state was read at (optimistic locking); 0 for a case not yet stored. */
    public long revision() {
        return revision;
    }

    public CaseStatus status() {
        return status;
    }

    public String familyId() {
        return familyId;
    }

    public List<FamilyMember> members() {
        return members;
    }

    public Optional<String> sourceReferralId() {
        return Optional.ofNullable(sourceReferralId);
    }

    public Optional<String> locality() {
        return Optional.ofNullable(locality);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<LeadProfessional> leadProfessional() {
        return Optional.ofNullable(leadProfessional);
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    public List<Closure> earlierClosures() {
        return earlierClosures;
    }

    public Optional<Instant> reopenedAt() {
        return Optional.ofNullable(reopenedAt);
    }

    /** The Webstars, themes, outcome evidence, reviews and step-ups recorded on the case. */
    public CaseWork work() {
        return work;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
