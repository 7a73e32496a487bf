package org.frontdoor.consultation.booking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The free slot (same type of consultant) to move a booked consultation to. */
record RescheduleConsultationRequest(
        @NotBlank @Pattern(regexp = BookConsultationRequest.PSEUDONYMOUS_ID, message = BookConsultationRequest.ID_MESSAGE)
        String toSlotId) {
}
