package org.frontdoor.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A line of {@code GET /api/cases} (case-service's {@code CaseSummary}): ids, dates and counts, no names. Whether
 * the review is overdue, the overdue actions and whether the case is drifting are case-service's judgement of today;
 * {@code waitingDays} is set only for an open unallocated case.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseLine(String caseId, String status, String familyId, List<String> childIds, String locality,
                Instant openedAt, String leadProfessionalId, Instant closedAt, LocalDate nextReviewDue,
                Boolean reviewOverdue, Integer overdueActions, Boolean drifting, Integer waitingDays) {

    /** A line from a case-service that does not yet judge today (no review, action or drift fields) reads as on time. */
    CaseLine {
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
        reviewOverdue = Boolean.TRUE.equals(reviewOverdue);
        overdueActions = overdueActions == null ? 0 : overdueActions;
        drifting = Boolean.TRUE.equals(drifting);
    }

    public boolean isUnallocated() {
        return leadProfessionalId == null || leadProfessionalId.isBlank();
    }

    public int children() {
        return childIds.size();
    }

    /** How long an unallocated case has waited for a lead professional, in words ("" when case-service did not say). */
    public String waiting() {
        if (waitingDays == null) {
            return "";
        }
        if (waitingDays <= 0) {
            return "Opened today";
        }
        return "Waiting " + waitingDays + (waitingDays == 1 ? " day" : " days");
    }
}
