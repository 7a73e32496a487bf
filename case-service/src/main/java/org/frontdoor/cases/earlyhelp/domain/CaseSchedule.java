package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the review and drift rules need to know of a case: when it opened, who leads it, its reviews and its plan.
 *
 * @param lastReviewedAt     when it was last reviewed, or {@code null}
 * @param lastNextReviewDue  the next review date its last review set, or {@code null}
 * @param planAgreedAt       when its current family plan was agreed, or {@code null}
 */
public record CaseSchedule(String caseId, boolean open, Instant openedAt, LeadProfessional leadProfessional,
                           int reviewCount, Instant lastReviewedAt, LocalDate lastNextReviewDue,
                           Instant planAgreedAt) {

    public CaseSchedule {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static CaseSchedule of(EarlyHelpCase c) {
        Optional<PlanReview> last = c.work().lastReview();
        return new CaseSchedule(c.caseId(), !c.isClosed(), c.openedAt(), c.leadProfessional().orElse(null),
                c.work().reviews().size(), last.map(PlanReview::reviewedAt).orElse(null),
                last.map(PlanReview::nextReviewDue).orElse(null),
                c.work().currentPlan().map(PlanVersion::agreedAt).orElse(null));
    }

    public Optional<LeadProfessional> lead() {
        return Optional.ofNullable(leadProfessional);
    }
}
