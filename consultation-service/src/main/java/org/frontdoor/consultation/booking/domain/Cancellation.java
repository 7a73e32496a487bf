package org.frontdoor.consultation.booking.domain;

import java.time.Instant;

/**
 * @param cancelledAt when it was cancelled
 * @param cancelledBy {@code PRACTITIONER} (the one who booked it) or {@code CONSULTANT}
 * @param actorId     the subject who cancelled it
 * @param reason      why
 */
public record Cancellation(Instant cancelledAt, String cancelledBy, String actorId, CancellationReason reason) {

    public static final String BY_PRACTITIONER = "PRACTITIONER";
    public static final String BY_CONSULTANT = "CONSULTANT";
}
