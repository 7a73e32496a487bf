package org.frontdoor.console.cases;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/cases/caseloads} (case-service's caseloads view, a triage manager's): each lead professional's open
 * cases with how many have their review overdue, are drifting or have overdue actions, and the open unallocated cases
 * with the longest wait. Ids and counts only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Caseloads(LocalDate today, List<Caseload> leadProfessionals, Unallocated unallocated) {

    Caseloads {
        leadProfessionals = leadProfessionals == null ? List.of() : List.copyOf(leadProfessionals);
        unallocated = unallocated == null ? new Unallocated(0, null) : unallocated;
    }

    /** One lead professional's open cases. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Caseload(String leadProfessionalId, int openCases, int reviewsOverdue, int drifting, int overdueActions) {
    }

    /** The open cases with no lead professional, and how long the longest has waited ({@code null}: none waits). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unallocated(int openCases, Integer longestWaitDays) {

        /** The longest wait in words: "3 days", "1 day", "opened today", or "" when no case waits. */
        public String longestWait() {
            if (longestWaitDays == null || openCases == 0) {
                return "";
            }
            if (longestWaitDays <= 0) {
                return "Opened today";
            }
            return longestWaitDays + (longestWaitDays == 1 ? " day" : " days");
        }
    }
}
