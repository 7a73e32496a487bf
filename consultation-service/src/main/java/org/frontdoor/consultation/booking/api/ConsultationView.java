package org.frontdoor.consultation.booking.api;

import java.time.Instant;

import org.frontdoor.consultation.booking.domain.BookedConsultation;
import org.frontdoor.consultation.booking.domain.CancellationReason;
import org.frontdoor.consultation.booking.domain.Consultation;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.ConsultationOutcome;
import org.frontdoor.consultation.booking.domain.ConsultationStatus;
import org.frontdoor.consultation.booking.domain.Slot;

/**
 * A consultation and its slot, for the practitioner who booked it, the consultant, triage and administrators.
 * {@code requestedAt} equals {@code bookedAt}: a consultation is requested by booking a slot.
 */
record ConsultationView(
        String id,
        ConsultationStatus status,
        String slotId,
        String consultantId,
        ConsultantType consultantType,
        ConsultationMode mode,
        Instant startsAt,
        Instant endsAt,
        String requestedBy,
        String childId,
        String familyId,
        String referralId,
        String caseId,
        String question,
        Instant requestedAt,
        Instant bookedAt,
        String rescheduledFromSlotId,
        String movedToSlotId,
        CancellationView cancellation,
        OutcomeView outcome) {

    record CancellationView(Instant cancelledAt, String cancelledBy, CancellationReason reason) {
    }

    record OutcomeView(ConsultationOutcome outcome, String notes, Instant heldAt) {
    }

    static ConsultationView of(BookedConsultation booked) {
        Slot slot = booked.slot();
        Consultation c = booked.consultation();
        return new ConsultationView(c.id(), c.status(), slot.id(), slot.consultantId(), slot.consultantType(),
                slot.mode(), slot.startsAt(), slot.endsAt(), c.requestedBy(), c.childId(), c.familyId(),
                c.referralId(), c.caseId(), c.question(), c.requestedAt(), c.bookedAt(), c.rescheduledFromSlotId(),
                c.movedToSlotId(),
                c.cancellation() == null ? null : new CancellationView(c.cancellation().cancelledAt(),
                        c.cancellation().cancelledBy(), c.cancellation().reason()),
                c.held() == null ? null : new OutcomeView(c.held().outcome(), c.held().notes(), c.held().heldAt()));
    }
}
