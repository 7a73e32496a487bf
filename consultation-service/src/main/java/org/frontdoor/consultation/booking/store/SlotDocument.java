package org.frontdoor.consultation.booking.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.Slot;
import org.frontdoor.consultation.booking.domain.SlotStatus;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slot, the consultation booked into it, the consultations that left it, and the events waiting to
 * be published ({@code outbox}): one document, so each change and its events are one write.
 */
@Document(SlotDocument.COLLECTION)
record SlotDocument(
        @Id String id,
        String consultantId,
        ConsultantType consultantType,
        ConsultationMode mode,
        Instant startsAt,
        Instant endsAt,
        SlotStatus status,
        BookingDocument booking,
        List<BookingDocument> pastBookings,
        List<OutboxMessage> outbox,
        @Version Long version) {

    static final String COLLECTION = "slots";

    static SlotDocument of(Slot slot) {
        return new SlotDocument(slot.id(), slot.consultantId(), slot.consultantType(), slot.mode(), slot.startsAt(),
                slot.endsAt(), slot.status(), BookingDocument.of(slot.booking()),
                slot.pastBookings().stream().map(BookingDocument::of).toList(), List.of(), null);
    }

    SlotDocument withVersion(Long newVersion) {
        return new SlotDocument(id, consultantId, consultantType, mode, startsAt, endsAt, status, booking,
                pastBookings, outbox, newVersion);
    }

    Slot toSlot() {
        return new Slot(id, consultantId, consultantType, mode, startsAt, endsAt, status,
                booking == null ? null : booking.toConsultation(),
                pastBookings == null ? List.of() : pastBookings.stream().map(BookingDocument::toConsultation).toList());
    }
}
