package org.frontdoor.console.consultations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of the consultations the signed-in person booked, as {@code GET /api/consultations/mine} gives it: the latest
 * start first, each a summary (id, status, slot, consultant, when; nothing of the child, no question), and how many
 * there are in all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OwnConsultations(List<Consultation> consultations, int page, int size, long totalConsultations) {

    OwnConsultations {
        consultations = consultations == null ? List.of()
                : consultations.stream().filter(c -> c != null && ConsultationController.looksLikeAnId(c.id())).toList();
    }
}
