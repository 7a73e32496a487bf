package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the review and drift rules need to know of a case: when it opened, who leads it, its reviews and its plan.
 *
 * @param lastReviewedAt     when it was last reviewed, or {@code null}
 * @param lastNextReviewDue  the next review date its last review set, or {@code null}
 * @param planAgreedAt       when its current family plan was agreed, or {@code null}
 * @param outstandingActionsDue the due dates of the current plan's actions still to be done (not started or in
 *                           progress), one per action; empty without a plan
 */
public record CaseSchedule(String caseId, boolean open, Instant openedAt, LeadProfessional leadProfessional,
                           int reviewCount, Instant lastReviewedAt, LocalDate lastNextReviewDue,
                           Instant planAgreedAt, List<LocalDate> outstandingActionsDue) {

    public CaseSchedule {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
        outstandingActionsDue = outstandingActionsDue == null ? List.of() : List.copyOf(outstandingActionsDue);
    }

    /** A schedule with no outstanding actions. */
    public CaseSchedule(String caseId, boolean open, Instant openedAt, LeadProfessional leadProfessional,
                        int reviewCount, Instant lastReviewedAt, LocalDate lastNextReviewDue, Instant planAgreedAt) {
        this(caseId, open, openedAt, leadProfessional, reviewCount, lastReviewedAt, lastNextReviewDue, planAgreedAt,
                List.of());
    }

    public static CaseSchedule of(EarlyHelpCase c) {
        Optional<PlanReview> last = c.work().lastReview();
        return new CaseSchedule(c.caseId(), !c.isClosed(), c.openedAt(), c.leadProfessional().orElse(null),
                c.work().reviews().size(), last.map(PlanReview::reviewedAt).orElse(null),
                last.map(PlanReview::nextReviewDue).orElse(null),
                c.work().currentPlan().map(PlanVersion::agreedAt).orElse(null),
                c.work().currentPlan().stream().flatMap(p -> p.goals().stream())
                        .flatMap(g -> g.actions().stream()).filter(a -> a.status().isOutstanding())
                        .map(PlanAction::dueDate).toList());
    }

    public Optional<LeadProfessional> lead() {
        return Optional.ofNullable(leadProfessional);
    }
}
