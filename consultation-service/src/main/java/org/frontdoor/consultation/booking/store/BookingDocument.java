package org.frontdoor.consultation.booking.store;

import java.time.Instant;

import org.frontdoor.consultation.booking.domain.Cancellation;
import org.frontdoor.consultation.booking.domain.Consultation;
import org.frontdoor.consultation.booking.domain.ConsultationStatus;
import org.frontdoor.consultation.booking.domain.HeldConsultation;

/** A consultation as stored inside its slot's document ({@code caseId} is absent from those booked before it was). */
record BookingDocument(
        String consultationId,
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

    static BookingDocument of(Consultation c) {
        return c == null ? null : new BookingDocument(c.id(), c.requestedBy(), c.childId(), c.familyId(),
                c.referralId(), c.caseId(), c.question(), c.requestedAt(), c.bookedAt(), c.status(),
                c.rescheduledFromSlotId(), c.movedToSlotId(), c.cancellation(), c.held());
    }

    Consultation toConsultation() {
        return new Consultation(consultationId, requestedBy, childId, familyId, referralId, caseId, question,
                requestedAt, bookedAt, status, rescheduledFromSlotId, movedToSlotId, cancellation, held);
    }
}
