package org.frontdoor.consultation.booking.domain;

/**
 * Port: the {@code Idempotency-Key}s practitioners booked with, each standing for one consultation id.
 */
public interface BookingRequests {

    /**
     * Records that this requester's key stands for {@code candidateConsultationId} and returns it, or, if the
     * key was used before, returns the consultation id it already stands for.
     *
     * @throws Conflict when the key was used before with a different request
     */
    String consultationIdFor(String requesterId, String idempotencyKey, String requestFingerprint,
                             String candidateConsultationId);

    /**
     * Forgets the key, if it still stands for {@code consultationId}: the request it was reserved for was refused
     * (no such slot, the slot taken), so the key stores nothing and the practitioner may use it again.
     */
    void forget(String requesterId, String idempotencyKey, String consultationId);
}
