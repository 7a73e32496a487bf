package org.frontdoor.contracts.consultations;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** A booked consultation moved to another slot (the old slot is free again). */
public record ConsultationRescheduled(
        String consultationId,
        Instant rescheduledAt,
        String fromSlotId,
        String toSlotId,
        Instant startsAt,
        Instant endsAt) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.rescheduled.v1";

    public ConsultationRescheduled {
        Require.text(consultationId, "consultationId");
        Require.present(rescheduledAt, "rescheduledAt");
        Require.text(fromSlotId, "fromSlotId");
        Require.text(toSlotId, "toSlotId");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
    }

    @Override
    public String subject() {
        return consultationId;
    }

    @Override
    public Instant occurredAt() {
        return rescheduledAt;
    }
}
