package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The family's plan was reviewed. The fields after {@code nextReviewDue} were added later (additively): an older
 * producer leaves them out, and they are {@code null} for a review recorded without them.
 *
 * @param reviewNumber        1 for the first review of the case
 * @param attendees           who attended, by role and agency codes (never names), or {@code null}
 * @param planVersion         the version of the family plan reviewed, or {@code null} when the case has no plan
 * @param goalsAchieved       how many of that plan's goals the review found achieved, or {@code null}
 * @param goalsProgressing    ... progressing, or {@code null}
 * @param goalsNotProgressing ... not progressing, or {@code null}
 */
public record PlanReviewed(
        String caseId,
        Instant reviewedAt,
        int reviewNumber,
        LocalDate nextReviewDue,
        List<ReviewAttendee> attendees,
        Integer planVersion,
        Integer goalsAchieved,
        Integer goalsProgressing,
        Integer goalsNotProgressing) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.plan-reviewed.v1";

    public PlanReviewed {
        Require.text(caseId, "caseId");
        Require.present(reviewedAt, "reviewedAt");
        attendees = attendees == null ? null : List.copyOf(attendees);
    }

    /** The review as first published: its date, number and next review date only. */
    public PlanReviewed(String caseId, Instant reviewedAt, int reviewNumber, LocalDate nextReviewDue) {
        this(caseId, reviewedAt, reviewNumber, nextReviewDue, null, null, null, null, null);
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
