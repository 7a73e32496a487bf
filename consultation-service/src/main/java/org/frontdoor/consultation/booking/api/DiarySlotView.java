package org.frontdoor.consultation.booking.api;

import java.time.Instant;

import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.ConsultationStatus;
import org.frontdoor.consultation.booking.domain.Slot;
import org.frontdoor.consultation.booking.domain.SlotStatus;

/**
 * One of a consultant's own slots in their diary, and, while it is {@code BOOKED}, the consultation in it: its id
 * (the reference it is opened by, {@code GET /api/consultations/{id}}), its status ({@code BOOKED} or {@code HELD})
 * and when it was booked. Nothing of the child's record (no child, family or referral id, no question): that is read,
 * and audited, one consultation at a time.
 *
 * @param consultation {@code null} unless the slot is booked
 */
record DiarySlotView(String id, String consultantId, ConsultantType consultantType, ConsultationMode mode,
                     Instant startsAt, Instant endsAt, SlotStatus status, BookedView consultation) {

    record BookedView(String id, ConsultationStatus status, Instant bookedAt) {
    }

    static DiarySlotView of(Slot slot) {
        return new DiarySlotView(slot.id(), slot.consultantId(), slot.consultantType(), slot.mode(), slot.startsAt(),
                slot.endsAt(), slot.status(), slot.booking() == null ? null
                : new BookedView(slot.booking().id(), slot.booking().status(), slot.booking().bookedAt()));
    }
}
