package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the reminders need of an open case: who leads it, when its next review is due, and the due dates of the
 * actions of its current family plan that are still to do (not started or in progress).
 *
 * @param leadProfessionalId the lead professional's pseudonymous id, or {@code null} while unallocated
 * @param nextReviewDue      by the authority's review interval ({@code ReviewsAndDrift}), or {@code null}
 * @param openActionsDue     the due dates of the current plan's actions not started or in progress
 */
public record OpenCase(String caseId, String leadProfessionalId, LocalDate nextReviewDue,
                       List<LocalDate> openActionsDue) {

    public OpenCase {
        Objects.requireNonNull(caseId, "caseId");
        openActionsDue = List.copyOf(openActionsDue);
    }
}
