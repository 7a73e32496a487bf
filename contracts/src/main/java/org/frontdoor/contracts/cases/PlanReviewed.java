package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** The family's plan was reviewed. @param reviewNumber 1 for the first review of the case */
public record PlanReviewed(
        String caseId,
        Instant reviewedAt,
        int reviewNumber,
        LocalDate nextReviewDue) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.plan-reviewed.v1";

    public PlanReviewed {
        Require.text(caseId, "caseId");
        Require.present(reviewedAt, "reviewedAt");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return reviewedAt;
    }
}
