package org.frontdoor.console.consultations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A consultation and its slot, as {@code GET /api/consultations/{id}} gives it ({@code ConsultationView}), and what
 * its page may offer: only a booked consultation changes; only its consultant records the outcome, once it has
 * started; a consultation that has started cannot be moved (consultation-service's rules, which decide again).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Consultation(
        String id,
        String status,
        String slotId,
        String consultantId,
        String consultantType,
        String mode,
        Instant startsAt,
        Instant endsAt,
        String requestedBy,
        String childId,
        String familyId,
        String referralId,
        String question,
        Instant bookedAt,
        String rescheduledFromSlotId,
        Cancellation cancellation,
        Outcome outcome) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cancellation(Instant cancelledAt, String cancelledBy, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Outcome(String outcome, String notes, Instant heldAt) {
    }

    public boolean isBooked() {
        return "BOOKED".equals(status);
    }

    public boolean hasStarted() {
        return startsAt != null && !Instant.now().isBefore(startsAt);
    }

    /** Is this person the slot's consultant (who alone records the outcome)? */
    public boolean heldBy(String subject) {
        return subject != null && subject.equals(consultantId);
    }

    public boolean mayBeMoved() {
        return isBooked() && !hasStarted();
    }

    public boolean outcomeMayBeRecordedBy(String subject) {
        return isBooked() && hasStarted() && heldBy(subject);
    }
}
