package org.frontdoor.consultation.booking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.consultation.booking.domain.ConsultationQuestion;

/**
 * Booking a slot. The ids travel in events, so they must look like pseudonymous ids (never a name or
 * free text); the question stays in this service. {@code caseId} names the early help case the consultation is
 * about, when it is booked from a case (a drifting case offers a consultation with an early help social worker); it is
 * optional, and not checked against case-service (consultation-service knows no cases, as it knows no children).
 */
record BookConsultationRequest(
        @NotBlank @Pattern(regexp = PSEUDONYMOUS_ID, message = ID_MESSAGE) String slotId,
        @Pattern(regexp = PSEUDONYMOUS_ID, message = ID_MESSAGE) String childId,
        @Pattern(regexp = PSEUDONYMOUS_ID, message = ID_MESSAGE) String familyId,
        @Pattern(regexp = PSEUDONYMOUS_ID, message = ID_MESSAGE) String referralId,
        @Pattern(regexp = PSEUDONYMOUS_ID, message = ID_MESSAGE) String caseId,
        @NotBlank @Size(max = 5000) String question) {

    static final String PSEUDONYMOUS_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String ID_MESSAGE = "must be a pseudonymous id: 1 to 64 letters, digits, '.', '_', ':' or '-'";

    ConsultationQuestion toQuestion() {
        return new ConsultationQuestion(slotId, childId, familyId, referralId, caseId, question);
    }
}
