package org.frontdoor.consultation.booking.api;

import java.time.Instant;

import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.Slot;
import org.frontdoor.consultation.booking.domain.SlotStatus;

/** A published slot (never the consultation booked into it). */
record SlotView(String id, String consultantId, ConsultantType consultantType, ConsultationMode mode,
                Instant startsAt, Instant endsAt, SlotStatus status) {

    static SlotView of(Slot slot) {
        return new SlotView(slot.id(), slot.consultantId(), slot.consultantType(), slot.mode(), slot.startsAt(),
                slot.endsAt(), slot.status());
    }
}
