package org.frontdoor.contracts.consultations;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * @param slotId      the slot it held, or {@code null} if it was cancelled before booking
 * @param cancelledBy {@code PRACTITIONER} or {@code CONSULTANT}
 * @param reason      {@code NO_LONGER_NEEDED}, {@code CONSULTANT_UNAVAILABLE}, {@code DID_NOT_ATTEND}, {@code OTHER}
 */
public record ConsultationCancelled(
        String consultationId,
        Instant cancelledAt,
        String slotId,
        String cancelledBy,
        String reason) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.cancelled.v1";

    public ConsultationCancelled {
        Require.text(consultationId, "consultationId");
        Require.present(cancelledAt, "cancelledAt");
        Require.text(cancelledBy, "cancelledBy");
        Require.text(reason, "reason");
    }

    @Override
    public String subject() {
        return consultationId;
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
