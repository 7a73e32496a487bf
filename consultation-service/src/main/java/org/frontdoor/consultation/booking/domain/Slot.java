package org.frontdoor.consultation.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.NotPermitted;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.consultations.ConsultationRescheduled;

/**
 * A period a consultant has published as available for consultations, and the consultation booked into
 * it. The slot is the aggregate: it holds at most one current consultation ({@code booking}) and the
 * consultations that were cancelled or moved away from it ({@code pastBookings}), so every booking rule
 * is checked and written against one document.
 *
 * @param consultantId the consultant's identity-provider subject
 * @param booking      the consultation holding the slot (booked or held), or {@code null}
 * @param pastBookings consultations cancelled in, or rescheduled away from, this slot
 */
public record Slot(
        String id,
        String consultantId,
        ConsultantType consultantType,
        ConsultationMode mode,
        Instant startsAt,
        Instant endsAt,
        SlotStatus status,
        Consultation booking,
        List<Consultation> pastBookings) {

    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofMinutes(180);

    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(consultantType, "consultantType");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(status, "status");
        pastBookings = pastBookings == null ? List.of() : List.copyOf(pastBookings);
    }

    /** A consultant publishes availability: in the future, 15 to 180 minutes long. */
    public static Slot publish(String id, Actor consultant, ConsultantType type, ConsultationMode mode,
                               Instant startsAt, Instant endsAt, Instant now) {
        startsAt = startsAt.truncatedTo(ChronoUnit.MILLIS);
        endsAt = endsAt.truncatedTo(ChronoUnit.MILLIS);
        if (!startsAt.isAfter(now)) {
            throw new InvalidRequest("startsAt", "must be in the future");
        }
        Duration length = Duration.between(startsAt, endsAt);
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new InvalidRequest("endsAt", "must be 15 to 180 minutes after startsAt");
        }
        return new Slot(id, consultant.id(), type, mode, startsAt, endsAt, SlotStatus.FREE, null, List.of());
    }

    /** Whether this slot takes up any of the consultant's time between {@code from} and {@code to} (end-exclusive). */
    public boolean overlaps(Instant from, Instant to) {
        return status != SlotStatus.WITHDRAWN && startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isBookable(Instant now) {
        return status == SlotStatus.FREE && !hasStarted(now);
    }

    /** The consultant takes back a slot nobody has booked. */
    public Slot withdraw(Actor consultant) {
        if (!consultantId.equals(consultant.id())) {
            throw new NotPermitted("Only the consultant who published a slot can withdraw it");
        }
        if (status != SlotStatus.FREE) {
            throw new Conflict("Only a free slot can be withdrawn; this one is " + status);
        }
        return new Slot(id, consultantId, consultantType, mode, startsAt, endsAt, SlotStatus.WITHDRAWN, null,
                pastBookings);
    }

    /**
     * A professional books this slot. The consultation is requested and booked in the same moment, so
     * {@code ConsultationRequested.requestedAt} equals {@code ConsultationBooked.bookedAt}.
     */
    public Change<Slot> book(String consultationId, Actor requester, ConsultationQuestion question, Instant now) {
        requireBookable(now);
        Consultation consultation = Consultation.requested(consultationId, requester, question, now);
        return new Change<>(holding(consultation), List.of(
                new ConsultationRequested(consultationId, now, consultantType.name(), requester.id(),
                        question.childId(), question.familyId(), question.referralId(), question.caseId()),
                new ConsultationBooked(consultationId, now, id, consultantId, consultantType.name(), startsAt, endsAt,
                        question.childId())));
    }

    /** The practitioner who booked it, or the consultant, cancels the consultation; the slot is free again. */
    public Change<Slot> cancel(String consultationId, Actor actor, CancellationReason reason, Instant now) {
        Consultation current = current(consultationId);
        String cancelledBy;
        if (actor.id().equals(current.requestedBy())) {
            cancelledBy = Cancellation.BY_PRACTITIONER;
        } else if (actor.id().equals(consultantId)) {
            cancelledBy = Cancellation.BY_CONSULTANT;
        } else {
            throw new NotPermitted("Only the practitioner who booked a consultation or its consultant can cancel it");
        }
        requireStillBooked(current);
        Slot freed = freedOf(current.cancelled(new Cancellation(now, cancelledBy, actor.id(), reason)));
        return new Change<>(freed, List.of(new ConsultationCancelled(consultationId, now, id, cancelledBy, reason.name())));
    }

    /** The consultant records the outcome, once, after the slot has started. */
    public Change<Slot> recordOutcome(String consultationId, Actor actor, ConsultationOutcome outcome, String notes,
                                      Instant now) {
        Consultation current = current(consultationId);
        if (!actor.id().equals(consultantId)) {
            throw new NotPermitted("Only the consultant of the slot can record the outcome of a consultation");
        }
        requireStillBooked(current);
        if (!hasStarted(now)) {
            throw new Conflict("The outcome can be recorded only once the consultation has started (" + startsAt + ")");
        }
        Consultation held = current.heldWith(new HeldConsultation(outcome, notes, now));
        return new Change<>(holding(held), List.of(new ConsultationHeld(consultationId, now, consultantId,
                consultantType.name(), outcome.name(), current.childId())));
    }

    /** Checks that {@code actor} may move the consultation out of this slot and that it can still move. */
    public Consultation movableBy(String consultationId, Actor actor, Instant now) {
        Consultation current = current(consultationId);
        if (!actor.id().equals(current.requestedBy()) && !actor.id().equals(consultantId)) {
            throw new NotPermitted("Only the practitioner who booked a consultation or its consultant can reschedule it");
        }
        requireStillBooked(current);
        if (hasStarted(now)) {
            throw new Conflict("A consultation that has started cannot be rescheduled; record its outcome or cancel it");
        }
        return current;
    }

    /**
     * This (free, future, same type of consultant) slot receives a consultation rescheduled from {@code from}.
     * No event yet: the move has happened only once the consultation has left {@code from} ({@link #movedAway}).
     */
    public Change<Slot> receive(Consultation consultation, Slot from, Instant now) {
        if (id.equals(from.id())) {
            throw new InvalidRequest("toSlotId", "must be a different slot from the one the consultation is in");
        }
        if (consultantType != from.consultantType()) {
            throw new InvalidRequest("toSlotId", "must be a slot with a " + from.consultantType()
                    + " consultant, like the one the consultation is in");
        }
        requireBookable(now);
        return new Change<>(holding(consultation.arrivingFrom(from.id())), List.of());
    }

    /**
     * The consultation leaves this slot for {@code to}, which has already received it: this is the write that
     * completes a reschedule, so it carries {@code ConsultationRescheduled}.
     */
    public Change<Slot> movedAway(String consultationId, Slot to, Instant now) {
        return new Change<>(releasedTo(consultationId, to.id()), List.of(
                new ConsultationRescheduled(consultationId, now, id, to.id(), to.startsAt(), to.endsAt())));
    }

    /** This slot freed of a consultation that moved (or was moved back) to {@code toSlotId}; no event. */
    public Slot releasedTo(String consultationId, String toSlotId) {
        return freedOf(current(consultationId).movedTo(toSlotId));
    }

    /** The consultation with this id held by this slot now or in the past, if any. */
    public Optional<Consultation> consultation(String consultationId) {
        if (booking != null && booking.id().equals(consultationId)) {
            return Optional.of(booking);
        }
        return pastBookings.stream().filter(c -> c.id().equals(consultationId)).reduce((first, later) -> later);
    }

    /**
     * Whether the actor may read this consultation as casework: who booked it, its consultant, triage roles (an
     * administrator only by break glass, decided by {@link Bookings#read}).
     */
    public boolean readableBy(Consultation consultation, Actor actor) {
        return actor.readsAllConsultations() || actor.id().equals(consultation.requestedBy())
                || actor.id().equals(consultantId);
    }

    private void requireBookable(Instant now) {
        if (status == SlotStatus.BOOKED) {
            throw new Conflict("The slot is already booked");
        }
        if (status == SlotStatus.WITHDRAWN) {
            throw new Conflict("The slot has been withdrawn by the consultant");
        }
        if (hasStarted(now)) {
            throw new Conflict("The slot has already started");
        }
    }

    private static void requireStillBooked(Consultation consultation) {
        if (consultation.status() == ConsultationStatus.HELD) {
            throw new Conflict("The consultation has already been held and its outcome recorded");
        }
    }

    private Consultation current(String consultationId) {
        if (booking == null || !booking.id().equals(consultationId)) {
            throw new NotFound("Consultation " + consultationId + " is not booked into slot " + id);
        }
        return booking;
    }

    private Slot holding(Consultation consultation) {
        return new Slot(id, consultantId, consultantType, mode, startsAt, endsAt, SlotStatus.BOOKED, consultation,
                pastBookings);
    }

    private Slot freedOf(Consultation leaving) {
        List<Consultation> past = new ArrayList<>(pastBookings);
        past.add(leaving);
        return new Slot(id, consultantId, consultantType, mode, startsAt, endsAt, SlotStatus.FREE, null, past);
    }
}
