package org.frontdoor.consultation.booking.domain;

import java.time.Instant;

/**
 * The consultant's record of a consultation that took place.
 *
 * @param outcome what the consultant concluded
 * @param notes   the consultant's notes (free text: stays in this service, never in an event)
 * @param heldAt  when the outcome was recorded
 */
public record HeldConsultation(ConsultationOutcome outcome, String notes, Instant heldAt) {
}
