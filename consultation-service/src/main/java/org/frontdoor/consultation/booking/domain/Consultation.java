package org.frontdoor.consultation.booking.domain;

import java.time.Instant;

import org.frontdoor.consultation.access.domain.Actor;

/**
 * A consultation booked into a slot. It lives inside the slot it is booked into, so that claiming the
 * slot, recording the consultation and queueing its events are one single-document write.
 *
 * <p>{@code requestedAt} equals {@code bookedAt}: a consultation is requested by booking a published
 * slot, so the request and the booking are the same moment (indicator T4's "request → booked" is then 0
 * for every booking made here).
 *
 * @param caseId                the early help case it is about, or {@code null}
 * @param rescheduledFromSlotId the slot it was moved from by a reschedule, or {@code null}
 * @param movedToSlotId         once {@link ConsultationStatus#MOVED}: the slot it moved to
 */
public record Consultation(
        String id,
        String requestedBy,
        String childId,
        String familyId,
        String referralId,
        String caseId,
        String question,
        Instant requestedAt,
        Instant bookedAt,
        ConsultationStatus status,
        String rescheduledFromSlotId,
        String movedToSlotId,
        Cancellation cancellation,
        HeldConsultation held) {

    static Consultation requested(String id, Actor requester, ConsultationQuestion question, Instant now) {
        return new Consultation(id, requester.id(), question.childId(), question.familyId(), question.referralId(),
                question.caseId(), question.question(), now, now, ConsultationStatus.BOOKED, null, null, null, null);
    }

    Consultation cancelled(Cancellation how) {
        return new Consultation(id, requestedBy, childId, familyId, referralId, caseId, question, requestedAt, bookedAt,
                ConsultationStatus.CANCELLED, rescheduledFromSlotId, movedToSlotId, how, held);
    }

    Consultation heldWith(HeldConsultation outcome) {
        return new Consultation(id, requestedBy, childId, familyId, referralId, caseId, question, requestedAt, bookedAt,
                ConsultationStatus.HELD, rescheduledFromSlotId, movedToSlotId, cancellation, outcome);
    }

    Consultation movedTo(String slotId) {
        return new Consultation(id, requestedBy, childId, familyId, referralId, caseId, question, requestedAt, bookedAt,
                ConsultationStatus.MOVED, rescheduledFromSlotId, slotId, cancellation, held);
    }

    Consultation arrivingFrom(String slotId) {
        return new Consultation(id, requestedBy, childId, familyId, referralId, caseId, question, requestedAt, bookedAt,
                ConsultationStatus.BOOKED, slotId, null, null, null);
    }

    public boolean isBooked() {
        return status == ConsultationStatus.BOOKED;
    }
}
