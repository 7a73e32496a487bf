package org.frontdoor.contracts.consultations;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** A consultation was booked into a consultant's published slot. */
public record ConsultationBooked(
        String consultationId,
        Instant bookedAt,
        String slotId,
        String consultantId,
        String consultantType,
        Instant startsAt,
        Instant endsAt,
        String childId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.booked.v1";

    public ConsultationBooked {
        Require.text(consultationId, "consultationId");
        Require.present(bookedAt, "bookedAt");
        Require.text(slotId, "slotId");
        Require.text(consultantId, "consultantId");
        Require.text(consultantType, "consultantType");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
    }

    @Override
    public String subject() {
        return consultationId;
    }

    @Override
    public Instant occurredAt() {
        return bookedAt;
    }
}
