package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A line of {@code GET /api/cases} (case-service's {@code CaseSummary}): ids and dates, no names. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseLine(String caseId, String status, String familyId, List<String> childIds, String locality,
                Instant openedAt, String leadProfessionalId, Instant closedAt) {

    CaseLine {
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }

    public boolean isUnallocated() {
        return leadProfessionalId == null || leadProfessionalId.isBlank();
    }

    public boolean isLedBy(String subject) {
        return !isUnallocated() && leadProfessionalId.equals(subject);
    }

    public int children() {
        return childIds.size();
    }
}
