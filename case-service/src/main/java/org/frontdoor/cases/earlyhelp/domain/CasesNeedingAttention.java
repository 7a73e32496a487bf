package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The open cases that need a manager's attention today (drifting, or their review overdue) by the authority's
 * {@link ReviewsAndDrift}, and how many there are. Today is the London date of the clock.
 */
public final class CasesNeedingAttention {

    /** How many open cases are drifting, and how many have their review overdue (a case may be both). */
    public record Counts(long drifting, long reviewsOverdue) {
    }

    /**
     * Which of them to list: {@code null} for either, else only those that are ({@code true}) or are not
     * ({@code false}) drifting, and likewise for an overdue review. A case is listed only if it needs attention.
     */
    public record Filter(Boolean drifting, Boolean reviewOverdue) {

        boolean admits(CaseAttention attention) {
            return attention.needsAttention()
                    && (drifting == null || drifting == attention.drifting())
                    && (reviewOverdue == null || reviewOverdue == attention.reviewOverdue());
        }
    }

    private static final Comparator<CaseAttention> LONGEST_OPEN_FIRST = Comparator
            .comparing((CaseAttention a) -> a.schedule().openedAt()).thenComparing(CaseAttention::caseId);

    private final CaseStore store;
    private final ReviewsAndDrift rules;
    private final Clock clock;

    public CasesNeedingAttention(CaseStore store, ReviewsAndDrift rules, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    public ReviewsAndDrift rules() {
        return rules;
    }

    /** The case's attention today. */
    public CaseAttention of(EarlyHelpCase theCase) {
        return rules.of(theCase, today());
    }

    /** A page of the open cases the filter admits, longest open first. */
    public List<CaseAttention> list(Filter filter, int page, int size) {
        LocalDate today = today();
        return store.openCaseSchedules().stream().map(s -> rules.of(s, today)).filter(filter::admits)
                .sorted(LONGEST_OPEN_FIRST).skip((long) page * size).limit(size).toList();
    }

    /** Every open case's attention today, in no particular order. */
    public List<CaseAttention> allOpen() {
        LocalDate today = today();
        return store.openCaseSchedules().stream().map(s -> rules.of(s, today)).toList();
    }

    public Counts count() {
        LocalDate today = today();
        List<CaseAttention> open = store.openCaseSchedules().stream().map(s -> rules.of(s, today)).toList();
        return new Counts(open.stream().filter(CaseAttention::drifting).count(),
                open.stream().filter(CaseAttention::reviewOverdue).count());
    }

    /** Today: the London date of the clock. */
    public LocalDate today() {
        return clock.instant().atZone(RecordCaseWork.LOCAL_TIME).toLocalDate();
    }
}
