package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;

/**
 * Recording the work on a case, by its lead professional or a triage manager ({@link CaseAccess#mayRecordWork}):
 * family members, Webstars, the family's themes, outcome evidence, the family plan and its actions, plan reviews, and
 * a step-up to social care. Each change is saved with its events in one write, on the version it was read at.
 *
 * <p>Creating requests (Webstars, outcome evidence, reviews, plan versions, action updates) may carry the caller's
 * {@link RequestKey}: a retry with the same key and request answers with what was first recorded (nothing new is
 * stored or published); the same key with a different request is an {@link IdempotencyConflict}.
 */
public final class RecordCaseWork {

    /** The authority's dates (today, the date of a review) are London dates. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Europe/London");

    private final CaseStore store;
    private final CaseActivity activity;
    private final AssessmentTools tools;
    private final ThemeFramework framework;
    private final ReviewInterval interval;
    private final Clock clock;
    private final Supplier<String> newIds;

    public RecordCaseWork(CaseStore store, CaseActivity activity, AssessmentTools tools, ThemeFramework framework,
                          Clock clock) {
        this(store, activity, tools, framework, ReviewInterval.SHROPSHIRE, clock, () -> UUID.randomUUID().toString());
    }

    public RecordCaseWork(CaseStore store, CaseActivity activity, AssessmentTools tools, ThemeFramework framework,
                          Clock clock, Supplier<String> newIds) {
        this(store, activity, tools, framework, ReviewInterval.SHROPSHIRE, clock, newIds);
    }

    public RecordCaseWork(CaseStore store, CaseActivity activity, AssessmentTools tools, ThemeFramework framework,
                          ReviewInterval interval, Clock clock, Supplier<String> newIds) {
        this.store = Objects.requireNonNull(store);
        this.activity = Objects.requireNonNull(activity);
        this.tools = Objects.requireNonNull(tools);
        this.framework = Objects.requireNonNull(framework);
        this.interval = Objects.requireNonNull(interval);
        this.clock = Objects.requireNonNull(clock);
        this.newIds = Objects.requireNonNull(newIds);
    }

    /** What a creating request recorded, and whether this answer is a replay of an earlier identical request. */
    public record Recorded<T>(T record, boolean replayed) {
    }

    /** A Webstar as the practitioner enters it. */
    public record NewWebstar(String personId, WebstarRole role, WebstarType type, Instant assessedAt,
                             Map<String, Integer> scores) {
    }

    /**
     * A goal as agreed with the family.
     *
     * @param personId the family member it is for, or {@code null} for the whole family
     */
    public record NewGoal(String personId, String theme, String webstarArea, String difference, LocalDate targetDate,
                          List<NewAction> actions) {
    }

    /** An action under a goal. @param status {@code null}: not started */
    public record NewAction(String action, ActionOwner owner, LocalDate dueDate, ActionStatus status) {
    }

    /**
     * A review as the practitioner enters it.
     *
     * @param nextReviewDue {@code null}: the interval's maximum after the review's date
     * @param webstars      Webstars taken at the review (recorded as {@code REVIEW} Webstars dated at the review)
     */
    public record NewReview(Instant reviewedAt, LocalDate nextReviewDue, List<ReviewAttendee> attendees,
                            Map<String, GoalProgress> goalProgress, List<NewWebstar> webstars) {
    }

    public ThemeFramework framework() {
        return framework;
    }

    public EarlyHelpCase addParent(Actor actor, String caseId, String personId) {
        EarlyHelpCase found = permitted(actor, caseId);
        Change change = found.addParent(personId);
        if (change.after() != found) {
            store.save(change);
        }
        return change.after();
    }

    public Recorded<WebstarAssessment> webstar(Actor actor, String caseId, NewWebstar entered, RequestKey key) {
        AssessmentTool tool = tools.forRole(entered.role());
        List<Problem> problems = new ArrayList<>(tool.check(entered.scores()));
        Instant now = clock.instant();
        if (entered.assessedAt().isAfter(now)) {
            problems.add(new Problem("assessedAt", "cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        return keyed(actor, caseId, key, WebstarAssessment.class, found -> {
            WebstarAssessment webstar = new WebstarAssessment(newIds.get(), entered.personId(), entered.role(),
                    entered.type(), entered.assessedAt(), tool.code(), tool.version(),
                    tool.inAreaOrder(entered.scores()), actor.id(), now, key);
            return new Made<>(found.recordWebstar(webstar), webstar);
        });
    }

    public EarlyHelpCase identifyThemes(Actor actor, String caseId, List<String> themes) {
        EarlyHelpCase found = permitted(actor, caseId);
        Change change = found.identifyThemes(framework, themes, actor.id(), clock.instant());
        if (!change.events().isEmpty()) {
            store.save(change);
        }
        return change.after();
    }

    public Recorded<OutcomeEvidence> evidenceOutcome(Actor actor, String caseId, String theme,
                                                     LocalDate sustainedFrom, Integer windowWeeks, RequestKey key) {
        Instant now = clock.instant();
        return keyed(actor, caseId, key, OutcomeEvidence.class, found -> {
            OutcomeEvidence evidence = new OutcomeEvidence(newIds.get(), theme, sustainedFrom, windowWeeks, now,
                    actor.id(), key);
            return new Made<>(found.evidenceOutcome(framework, evidence, now.atZone(LOCAL_TIME).toLocalDate()),
                    evidence);
        });
    }

    /** Earlier than any early help case: a review dated before it is refused before it is looked at. */
    private static final Instant NO_REVIEW_BEFORE = Instant.parse("1900-01-01T00:00:00Z");

    public Recorded<PlanReview> reviewPlan(Actor actor, String caseId, Instant reviewedAt, LocalDate nextReviewDue,
                                           RequestKey key) {
        return reviewPlan(actor, caseId, new NewReview(reviewedAt, nextReviewDue, List.of(), Map.of(), List.of()),
                key);
    }

    /**
     * Records a review. The next review date must be within the authority's {@link ReviewInterval} after the review's
     * London date; left out, it is the interval's maximum (a review always sets the next one: a plan that ends is a
     * case that closes). Webstars taken at the review are checked against their tools like any Webstar.
     */
    public Recorded<PlanReview> reviewPlan(Actor actor, String caseId, NewReview entered, RequestKey key) {
        Instant now = clock.instant();
        Instant reviewedAt = entered.reviewedAt();
        if (reviewedAt.isAfter(now)) {
            throw new InvalidCaseChange("reviewedAt", "cannot be in the future");
        }
        if (reviewedAt.isBefore(NO_REVIEW_BEFORE)) {
            // before any case opened; and an instant a billion years back has no local date to review on
            throw new InvalidCaseChange("reviewedAt", "cannot be before the case opened");
        }
        LocalDate reviewedOn = reviewedAt.atZone(LOCAL_TIME).toLocalDate();
        LocalDate nextReviewDue = entered.nextReviewDue() == null ? interval.latestNext(reviewedOn)
                : entered.nextReviewDue();
        List<Problem> problems = new ArrayList<>(interval.check(reviewedOn, nextReviewDue));
        List<NewWebstar> stars = entered.webstars() == null ? List.of() : entered.webstars();
        for (int i = 0; i < stars.size(); i++) {
            String at = "webstars[" + i + "].";
            tools.forRole(stars.get(i).role()).check(stars.get(i).scores())
                    .forEach(problem -> problems.add(new Problem(at + problem.field(), problem.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        return keyed(actor, caseId, key, PlanReview.class, found -> {
            // a review's Webstars carry no key of their own: the review is what the key created
            List<WebstarAssessment> webstars = stars.stream().map(star -> {
                AssessmentTool tool = tools.forRole(star.role());
                return new WebstarAssessment(newIds.get(), star.personId(), star.role(), WebstarType.REVIEW,
                        reviewedAt, tool.code(), tool.version(), tool.inAreaOrder(star.scores()), actor.id(), now,
                        null);
            }).toList();
            Change change = found.reviewPlan(newIds.get(), reviewedAt, reviewedOn, nextReviewDue,
                    entered.attendees() == null ? List.of() : entered.attendees(),
                    entered.goalProgress() == null ? Map.of() : entered.goalProgress(), webstars, actor.id(), now,
                    key);
            List<PlanReview> reviews = change.after().work().reviews();
            return new Made<>(change, reviews.get(reviews.size() - 1));
        });
    }

    /**
     * Agrees the family plan (its first version, or the next). Goals and actions are given new ids; an action's
     * status is as given, else not started.
     */
    public Recorded<PlanVersion> agreePlan(Actor actor, String caseId, List<NewGoal> goals, String familyView,
                                           RequestKey key) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(LOCAL_TIME).toLocalDate();
        return keyed(actor, caseId, key, PlanVersion.class, found -> {
            List<PlanGoal> planned = goals == null ? List.of() : goals.stream().map(goal -> new PlanGoal(
                    newIds.get(), goal.personId(), goal.theme(), goal.webstarArea(), goal.difference(),
                    goal.targetDate(), goal.actions() == null ? List.of() : goal.actions().stream()
                    .map(action -> new PlanAction(newIds.get(), action.action(), action.owner(), action.dueDate(),
                            action.status() == null ? ActionStatus.NOT_STARTED : action.status())).toList()))
                    .toList();
            Change change = found.agreePlan(planned, familyView, framework, tools, now, today, actor.id(), key);
            return new Made<>(change, change.after().work().currentPlan().orElseThrow());
        });
    }

    /** Reassigns an action of the current plan and/or moves its status on (the current version, updated). */
    public Recorded<ActionUpdate> updateAction(Actor actor, String caseId, String actionId, ActionOwner newOwner,
                                               ActionStatus newStatus, RequestKey key) {
        if (newOwner == null && newStatus == null) {
            throw new InvalidCaseChange("owner", "give the action's new owner, its new status, or both");
        }
        Instant now = clock.instant();
        return keyed(actor, caseId, key, ActionUpdate.class, found -> {
            int version = found.work().currentPlan().map(PlanVersion::version)
                    .orElseThrow(() -> new NotInPlan("The case has no agreed family plan"));
            ActionUpdate update = new ActionUpdate(newIds.get(), version, actionId, newOwner, newStatus, now,
                    actor.id(), key);
            return new Made<>(found.updateAction(update), update);
        });
    }

    public EarlyHelpCase stepUp(Actor actor, String caseId, List<String> childIds, String referralId,
                                ClosureJudgement judgement, String summary) {
        EarlyHelpCase found = permitted(actor, caseId);
        List<String> children = childIds == null || childIds.isEmpty() ? found.childIds() : childIds;
        Change change = found.stepUp(children, referralId, judgement, summary, actor.id(), clock.instant());
        store.save(change);
        activity.closed(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE);
        return change.after();
    }

    private record Made<T>(Change change, T record) {
    }

    private <T extends Keyed> Recorded<T> keyed(Actor actor, String caseId, RequestKey key, Class<T> kind,
                                                Function<EarlyHelpCase, Made<T>> make) {
        for (int attempt = 0; ; attempt++) {
            EarlyHelpCase found = permitted(actor, caseId);
            Optional<Recorded<T>> replay = replay(found, key, kind);
            if (replay.isPresent()) {
                return replay.get();
            }
            Made<T> made = make.apply(found);
            try {
                store.save(made.change());
                return new Recorded<>(made.record(), false);
            } catch (ConcurrentChange raced) {
                // a retry racing its own first attempt: read again, and answer with what the first one recorded
                if (key == null || attempt > 0) {
                    throw raced;
                }
            }
        }
    }

    private static <T extends Keyed> Optional<Recorded<T>> replay(EarlyHelpCase found, RequestKey key,
                                                                  Class<T> kind) {
        Optional<Keyed> earlier = found.createdWith(key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!kind.isInstance(earlier.get()) || !earlier.get().requestKey().sameRequestAs(key)) {
            throw new IdempotencyConflict();
        }
        return Optional.of(new Recorded<>(kind.cast(earlier.get()), true));
    }

    private EarlyHelpCase permitted(Actor actor, String caseId) {
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayRecordWork(actor, found)) {
            throw new NotPermitted("Only the case's lead professional or a triage manager records work on a case");
        }
        return found;
    }
}
