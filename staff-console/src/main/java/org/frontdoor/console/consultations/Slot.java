package org.frontdoor.console.consultations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published slot as consultation-service shows it: a free one ({@code SlotView}, {@code GET /api/consultations/slots})
 * or one of the consultant's own in their diary ({@code DiarySlotView}, {@code GET /api/consultations/slots/mine}),
 * where a booked slot also names its consultation.
 *
 * @param consultantId the consultant's user name (the token's {@code sub})
 * @param status       {@code FREE}, {@code BOOKED} or {@code WITHDRAWN}
 * @param consultation the consultation in a booked slot of the diary, otherwise {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Slot(String id, String consultantId, String consultantType, String mode, Instant startsAt, Instant endsAt,
            String status, Booked consultation) {

    /** The consultation booked into a diary slot: its id (the reference), {@code BOOKED} or {@code HELD}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Booked(String id, String status, Instant bookedAt) {
    }

    public boolean isFree() {
        return "FREE".equals(status);
    }

    public boolean hasStarted() {
        return startsAt != null && !Instant.now().isBefore(startsAt);
    }

    /** A free slot that has not started: the consultant may still withdraw it. */
    public boolean mayBeWithdrawn() {
        return isFree() && !hasStarted();
    }

    /** The consultation in it, when the diary names one with an id the console will open. */
    public boolean hasConsultation() {
        return consultation != null && ConsultationController.looksLikeAnId(consultation.id());
    }

    /** Booked, started and its outcome not yet recorded: the consultant has something to do. */
    public boolean outcomeToRecord() {
        return hasConsultation() && "BOOKED".equals(consultation.status()) && hasStarted();
    }
}
