package org.frontdoor.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A line of {@code GET /api/cases/attention} (case-service's {@code AttentionSummary}): an open case needing a
 * manager's attention, with ids, dates, counts and why it is listed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AttentionLine(String caseId, CaseRecord.Lead leadProfessional, Instant openedAt, LocalDate openedOn,
                     int reviewCount, LocalDate nextReviewDue, boolean drifting, boolean reviewOverdue,
                     List<String> reasons, boolean consultationSuggested) {

    AttentionLine {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean isUnallocated() {
        return leadProfessional == null || leadProfessional.leadProfessionalId() == null;
    }
}
