package org.frontdoor.consultation.booking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.consultation.booking.domain.ConsultationOutcome;

/** The consultant's outcome; the notes stay in this service (the event carries only the outcome code). */
record RecordOutcomeRequest(@NotNull ConsultationOutcome outcome, @NotBlank @Size(max = 5000) String notes) {
}
